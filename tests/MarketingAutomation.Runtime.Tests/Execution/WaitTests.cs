using MarketingAutomation.Runtime.Tests.Infrastructure;
using static MarketingAutomation.Runtime.Tests.Infrastructure.Run;

namespace MarketingAutomation.Runtime.Tests.Execution;

/// <summary>Waits: durations, times of day in the contact's zone, and `wait for` with a timeout.</summary>
public sealed class WaitTests
{
    private const string Script = Workspaces.Schema + """
        template email yes { subject "Hi" body "Yes" }
        template email nope { subject "Hi" body "No" }
        template email morning { subject "Hi" body "Morning" }
        journey waiting {
          when signed_up
          wait for order_placed where event.total > 10 up to 3d {
            received { send email yes }
            timeout { send email nope }
          }
        }
        journey mornings {
          when page_viewed
          wait until 09:00 local on weekdays
          send email morning
        }
        """;

    [Fact]
    public void A_matching_event_takes_the_received_branch_at_once()
    {
        var run = new Run(Script).Contact("a")
            .Event(H(0), "a", "signed_up", ("source", "web"))
            .Event(H(5), "a", "order_placed", ("total", 5m))     // filtered out
            .Event(H(6), "a", "order_placed", ("total", 50m))
            .Until(D(5));
        Assert.Equal([H(6)], run.Sends("a", "yes"));
        Assert.Empty(run.Sends("a", "nope"));
    }

    [Fact]
    public void Without_the_event_the_timeout_branch_runs_at_the_deadline()
    {
        var run = new Run(Script).Contact("a").Event(H(0), "a", "signed_up", ("source", "web")).Until(D(5));
        Assert.Equal([D(3)], run.Sends("a", "nope"));
        Assert.Empty(run.Sends("a", "yes"));
    }

    [Fact]
    public void Wait_until_a_weekday_morning_skips_the_weekend_in_the_contacts_zone()
    {
        // Friday 6 March 2026, 12:00 Warsaw time: the next weekday 09:00 is Monday 9 March.
        var friday = Local(2026, 3, 6, 12) - T0;
        var run = new Run(Script).Contact("a").Event(friday, "a", "page_viewed", ("path", "/")).Until(D(10));
        Assert.Equal([Local(2026, 3, 9, 9) - T0], run.Sends("a", "morning"));
    }

    [Fact]
    public void Several_journeys_wait_for_the_same_contact_at_once()
    {
        var run = new Run(Script).Contact("a")
            .Event(H(0), "a", "signed_up", ("source", "web"))
            .Event(H(1), "a", "page_viewed", ("path", "/"))
            .Until(D(5));
        Assert.Equal([D(3)], run.Sends("a", "nope"));
        Assert.Single(run.Sends("a", "morning"));
    }
}
