using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Runtime.Tests.Infrastructure;
using static MarketingAutomation.Runtime.Tests.Infrastructure.Run;

namespace MarketingAutomation.Runtime.Tests.Execution;

/// <summary>Rules at the edges: late goals, loops, failures, undeliverable events.</summary>
public sealed class EdgeCaseTests
{
    [Fact]
    public void A_goal_after_the_last_step_but_inside_the_window_counts_once_without_an_exit()
    {
        const string Script = Workspaces.Schema + """
            template email hello { subject "Hi" body "Hello" }
            journey quick {
              when signed_up
              goal order_placed within 10d
              send email hello
            }
            """;
        var run = new Run(Script).Contact("a")
            .Event(H(0), "a", "signed_up", ("source", "web"))
            .Event(D(2), "a", "order_placed", ("total", 30m))
            .Event(D(3), "a", "order_placed", ("total", 30m))
            .Until(D(20));
        var goal = Assert.Single(run.Effects("a", EffectKind.GoalReached));
        Assert.Equal(T0 + D(2), goal.At);
        Assert.Equal("after the last step", goal.Detail);
        Assert.Empty(run.Effects("a", EffectKind.Exited));
    }

    [Fact]
    public void An_event_older_than_the_history_window_is_not_read_even_before_the_next_event_drops_it()
    {
        const string Script = Workspaces.Schema + """
            journey look_back {
              when signed_up
              wait 401d
              if received(order_placed) {
                tag "received"
              }
              if count(order_placed within 1000d) > 0 {
                tag "counted"
              }
            }
            """;

        // At 401 days and an hour, a's order (at 0) is past the 400 days the history keeps; b's
        // (at 2 days) is not. No event comes in between, so only the readers can tell them apart.
        var run = new Run(Script).Contact("a").Contact("b")
            .Event(H(0), "a", "order_placed", ("total", 30m))
            .Event(D(2), "b", "order_placed", ("total", 30m))
            .Event(H(1), "a", "signed_up", ("source", "web"))
            .Event(H(1), "b", "signed_up", ("source", "web"))
            .Until(D(402));
        Assert.Empty(run.Effects("a", EffectKind.Tag));
        Assert.Equal(["received", "counted"], run.Effects("b", EffectKind.Tag).Select(e => e.Name));
    }

    [Fact]
    public void Journeys_that_trigger_each_other_forever_stop_with_a_failure()
    {
        const string Script = Workspaces.Schema + """
            segment marked = has tag "m"
            journey mark {
              when contact leaves marked
              entry every time
              tag "m"
            }
            journey unmark {
              when contact enters marked
              entry every time
              untag "m"
            }
            journey starter {
              when signed_up
              tag "m"
            }
            """;
        var run = new Run(Script).Contact("a").Event(H(1), "a", "signed_up", ("source", "web")).Until(D(1));
        var failure = Assert.Single(run.Effects("a", EffectKind.Failed));
        Assert.Contains("rounds of journeys triggering each other", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_journey_started_without_an_event_that_reads_event_fails_with_a_clear_reason()
    {
        const string Script = Workspaces.Schema + """
            template email hello { subject "Hi" body "Hello {{ source }}" }
            journey reads_event {
              when signed_up
              send email hello with { source: event.source }
            }
            journey starts_it {
              when page_viewed
              start journey reads_event
            }
            """;
        var run = new Run(Script).Contact("a").Event(H(1), "a", "page_viewed", ("path", "/")).Until(D(1));
        var failure = Assert.Single(run.Effects("a", EffectKind.Failed));
        Assert.Equal("reads_event", failure.Journey);
        Assert.Contains("started without one", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_emitted_to_an_unknown_contact_is_reported_not_lost_silently()
    {
        const string Script = Workspaces.Schema + """
            event ping
            journey pinger {
              when signed_up
              emit ping to "nobody@example.com"
            }
            """;
        var run = new Run(Script).Contact("a").Event(H(1), "a", "signed_up", ("source", "web")).Until(D(1));
        Assert.Contains(run.Simulator.Timeline, e => e.Effect.Kind == EffectKind.Failed && e.Effect.Detail!.Contains("nobody@example.com", StringComparison.Ordinal));
    }
}
