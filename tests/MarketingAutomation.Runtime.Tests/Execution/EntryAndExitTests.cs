using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Runtime.Tests.Infrastructure;
using static MarketingAutomation.Runtime.Tests.Infrastructure.Run;

namespace MarketingAutomation.Runtime.Tests.Execution;

/// <summary>Triggers, entry rules, goals with windows, and `leave when`.</summary>
public sealed class EntryAndExitTests
{
    private const string Journeys = Workspaces.Schema + """
        template email hello { subject "Hi" body "Hello" }
        template email later { subject "Hi" body "Later" }
        journey welcome {
          when signed_up where event.source == "web"
          entry once
          goal order_placed where event.total > 100 within 7d
          leave when contact.consent == false
          send email hello
          wait 2d
          send email later
        }
        journey again {
          when page_viewed
          entry every time, at most once per 1d
          wait 1h
        }
        """;

    [Fact]
    public void A_filtered_event_trigger_enters_only_when_the_filter_holds()
    {
        var run = new Run(Journeys).Contact("a").Contact("b")
            .Event(H(0), "a", "signed_up", ("source", "web"))
            .Event(H(0), "b", "signed_up", ("source", "app"))
            .Until(D(3));
        Assert.Equal([H(0)], run.Entries("a", "welcome"));
        Assert.Empty(run.Entries("b", "welcome"));
        Assert.Equal([H(0)], run.Sends("a", "hello"));
        Assert.Equal([D(2)], run.Sends("a", "later"));
    }

    [Fact]
    public void Entry_once_never_enters_twice()
    {
        var run = new Run(Journeys).Contact("a")
            .Event(H(0), "a", "signed_up", ("source", "web"))
            .Event(D(5), "a", "signed_up", ("source", "web"))
            .Until(D(10));
        Assert.Equal([H(0)], run.Entries("a", "welcome"));
    }

    [Fact]
    public void Every_time_with_a_gap_re_enters_only_after_the_gap_and_never_runs_twice_at_once()
    {
        var run = new Run(Journeys).Contact("a")
            .Event(H(0), "a", "page_viewed", ("path", "/"))
            .Event(H(0.5), "a", "page_viewed", ("path", "/"))   // still running: ignored
            .Event(H(12), "a", "page_viewed", ("path", "/"))    // inside the 1d gap: ignored
            .Event(H(25), "a", "page_viewed", ("path", "/"))
            .Until(D(3));
        Assert.Equal([H(0), H(25)], run.Entries("a", "again"));
    }

    [Fact]
    public void A_goal_inside_its_window_converts_and_ends_the_journey()
    {
        var run = new Run(Journeys).Contact("a")
            .Event(H(0), "a", "signed_up", ("source", "web"))
            .Event(D(1), "a", "order_placed", ("total", 150m))
            .Until(D(5));
        var goal = Assert.Single(run.Effects("a", EffectKind.GoalReached));
        Assert.Equal(T0 + D(1), goal.At);
        Assert.Equal(150m, goal.Amount);
        Assert.Equal("goal reached", Assert.Single(run.Effects("a", EffectKind.Exited)).Detail);
        Assert.Empty(run.Sends("a", "later"));
    }

    [Fact]
    public void A_goal_event_that_misses_the_filter_or_the_window_does_not_count()
    {
        var small = new Run(Journeys).Contact("a")
            .Event(H(0), "a", "signed_up", ("source", "web"))
            .Event(D(1), "a", "order_placed", ("total", 50m))
            .Until(D(5));
        Assert.Empty(small.Effects("a", EffectKind.GoalReached));

        const string LongJourney = Workspaces.Schema + """
            template email hello { subject "Hi" body "Hello" }
            journey slow {
              when signed_up
              goal order_placed within 1d
              wait 5d
              send email hello
            }
            """;
        var late = new Run(LongJourney).Contact("a")
            .Event(H(0), "a", "signed_up", ("source", "web"))
            .Event(D(2), "a", "order_placed", ("total", 500m))
            .Until(D(6));
        Assert.Empty(late.Effects("a", EffectKind.GoalReached));
        Assert.Equal([D(5)], late.Sends("a", "hello"));
    }

    [Fact]
    public void A_leave_condition_is_checked_when_the_profile_changes()
    {
        var run = new Run(Journeys).Contact("a")
            .Event(H(0), "a", "signed_up", ("source", "web"))
            .Set(D(1), "a", "consent", false)
            .Until(D(3));
        var exit = Assert.Single(run.Effects("a", EffectKind.Exited));
        Assert.Equal(T0 + D(1), exit.At);
        Assert.Empty(run.Sends("a", "later"));
    }

    [Fact]
    public void The_trigger_event_never_counts_as_its_own_goal()
    {
        const string Script = Workspaces.Schema + """
            template email thanks { subject "Hi" body "Thanks" }
            journey repeat_buyer {
              when order_placed
              entry every time
              goal order_placed within 30d
              wait 1d
              send email thanks
            }
            """;
        var run = new Run(Script).Contact("a").Event(H(0), "a", "order_placed", ("total", 10m)).Until(D(2));
        Assert.Empty(run.Effects("a", EffectKind.GoalReached));
        Assert.Equal([D(1)], run.Sends("a", "thanks"));
    }
}
