using MarketingAutomation.Runtime.Tests.Infrastructure;
using static MarketingAutomation.Runtime.Tests.Infrastructure.Run;

namespace MarketingAutomation.Runtime.Tests.Execution;

/// <summary>Profile dates (yearly and once), inactivity, absence and broadcasts, in the contact's time zone.</summary>
public sealed class TimeTriggerTests
{
    private const string Script = Workspaces.Schema + """
        segment pros = contact.plan == pro
        template email birthday_mail { subject "Hi" body "Happy birthday" }
        template email renewal_mail { subject "Hi" body "Renewal" }
        template email miss_you { subject "Hi" body "Miss you" }
        template email no_orders { subject "Hi" body "No orders" }
        template email launch { subject "Hi" body "Launch" }
        template email weekly { subject "Hi" body "Weekly" }
        journey birthday {
          when yearly contact.birthday at 02:30 local
          entry every time
          send email birthday_mail
        }
        journey renewal {
          when date contact.renews_on - 3d at 10:00 local
          entry every time
          send email renewal_mail
        }
        journey dormant {
          when inactive 30d
          entry every time
          send email miss_you
        }
        journey lapsed {
          when no order_placed for 20d
          entry every time
          send email no_orders
        }
        journey launch_day {
          when schedule 2026-03-10 10:00 local for pros
          send email launch
        }
        journey weekly_digest {
          when every monday at 10:00 utc for everyone
          entry every time
          send email weekly
        }
        """;

    [Fact]
    public void A_29_February_birthday_falls_on_28_February_in_common_years()
    {
        var run = new Run(Script).Contact("a", ("birthday", new DateOnly(2000, 2, 29))).Until(D(800));
        var sends = run.Sends("a", "birthday_mail").Select(t => T0 + t).ToList();
        Assert.Equal(Local(2027, 2, 28, 2, 30), sends[0]);
        Assert.Equal(Local(2028, 2, 29, 2, 30), sends[1]);
    }

    [Fact]
    public void A_date_set_today_has_its_first_anniversary_next_year()
    {
        // Set at 01:00 on the day itself, before the 02:30 sending time.
        var run = new Run(Script).Contact("a").Set(Local(2026, 3, 3, 1) - T0, "a", "birthday", new DateOnly(2026, 3, 3)).Until(D(400));
        Assert.Equal([Local(2027, 3, 3, 2, 30) - T0], run.Sends("a", "birthday_mail"));
    }

    [Fact]
    public void A_local_time_inside_the_spring_forward_gap_moves_forward_by_the_gap()
    {
        // 29 March 2026, Europe/Warsaw: 02:00 jumps to 03:00, so 02:30 does not exist that day.
        var run = new Run(Script).Contact("a", ("birthday", new DateOnly(1990, 3, 29))).Until(D(40));
        var sent = T0 + Assert.Single(run.Sends("a", "birthday_mail"));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), sent);   // 03:30 CEST
    }

    [Fact]
    public void A_one_off_date_fires_once_and_again_when_the_date_moves()
    {
        var run = new Run(Script).Contact("a", ("renews_on", new DateOnly(2026, 3, 20)))
            .Set(D(30), "a", "renews_on", new DateOnly(2026, 4, 20))
            .Until(D(60));
        Assert.Equal([Local(2026, 3, 17, 10) - T0, Local(2026, 4, 17, 10) - T0], run.Sends("a", "renewal_mail"));
    }

    [Fact]
    public void Inactivity_and_absence_fire_once_per_quiet_stretch()
    {
        var run = new Run(Script).Contact("a")
            .Event(D(10), "a", "order_placed", ("total", 10m))
            .Until(D(100));
        Assert.Equal([D(40)], run.Sends("a", "miss_you"));
        Assert.Equal([D(30)], run.Sends("a", "no_orders"));
    }

    [Fact]
    public void A_broadcast_reaches_the_segment_at_local_time_and_a_recurring_one_every_week()
    {
        var run = new Run(Script).Contact("pro", ("plan", "pro")).Contact("free").Until(D(15));
        Assert.Equal([Local(2026, 3, 10, 10) - T0], run.Sends("pro", "launch"));
        Assert.Empty(run.Sends("free", "launch"));
        Assert.Equal([H(1), D(7) + H(1), D(14) + H(1)], run.Sends("free", "weekly"));   // Mondays 10:00 UTC = 11:00 Warsaw
    }
}
