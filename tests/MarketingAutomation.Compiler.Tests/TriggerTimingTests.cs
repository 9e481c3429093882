using MarketingAutomation.Compiler.Tests.Infrastructure;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Compiler.Tests;

/// <summary>When time-based triggers fire: `JourneyInfo.Timing`, and `TriggerDate` for date triggers.</summary>
public sealed class TriggerTimingTests
{
    private static TriggerTiming Timing(string journey) =>
        Shop.Journey(journey).Info.Timing ?? throw new InvalidOperationException($"{journey} has no timing");

    [Fact]
    public void Yearly_trigger_has_a_time_and_the_date_comes_from_the_contact()
    {
        var birthday = Shop.Journey("birthday");
        Assert.Equal(TriggerKind.YearlyDate, birthday.Info.Trigger);
        Assert.Equal(new TriggerTiming(At: new TimeOnly(9, 0), Utc: false), birthday.Info.Timing);

        var born = new DateOnly(1990, 4, 12);
        Assert.Equal(born, birthday.TriggerDate(new FakeContext(Shop.Contact(("birthday", born)))));
        Assert.Null(birthday.TriggerDate(new FakeContext(Shop.Contact())));
    }

    [Fact]
    public void Date_trigger_lowers_its_expression()
    {
        // `when date contact.subscription_renews_on - 3d at 10:00 local`
        var reminder = Shop.Journey("subscription_renewal_reminder");
        Assert.Equal(TriggerKind.OnceDate, reminder.Info.Trigger);
        Assert.Equal(new TriggerTiming(At: new TimeOnly(10, 0), Utc: false), reminder.Info.Timing);

        var renews = Shop.Contact(("subscription_renews_on", new DateOnly(2026, 3, 1)));
        Assert.Equal(new DateOnly(2026, 2, 26), reminder.TriggerDate(new FakeContext(renews)));
        Assert.Null(reminder.TriggerDate(new FakeContext(Shop.Contact())));
    }

    [Fact]
    public void Recurring_broadcast_has_its_days_and_time()
    {
        var timing = Timing("weekly_newsletter");
        Assert.Equal([DayOfWeek.Monday], timing.Days);
        Assert.Equal(new TimeOnly(9, 0), timing.At);
        Assert.False(timing.Utc);
        Assert.Null(timing.Date);
        Assert.Null(timing.Period);
    }

    [Fact]
    public void Scheduled_broadcast_has_its_date_and_time()
    {
        Assert.Equal(new TriggerTiming(At: new TimeOnly(10, 0), Utc: false, Date: new DateOnly(2026, 12, 1)), Timing("xmas_vip_preview"));
    }

    [Fact]
    public void Absence_and_inactivity_triggers_have_their_period()
    {
        Assert.Equal(new TriggerTiming(Period: TimeSpan.FromDays(90)), Timing("reactivation"));
        Assert.Equal(new TriggerTiming(Period: TimeSpan.FromDays(180)), Timing("sunset"));
    }

    [Fact]
    public void Other_triggers_have_no_timing_and_no_date()
    {
        var confirmation = Shop.Journey("order_confirmation");
        Assert.Null(confirmation.Info.Timing);
        Assert.Null(confirmation.TriggerDate(new FakeContext(Shop.Contact())));
        Assert.Null(Shop.Journey("vip_join").Info.Timing);
    }

    [Fact]
    public void Weekday_and_day_expand_and_utc_and_a_missing_zone_are_kept_apart()
    {
        var catalog = Builds.Load(Builds.FromText(("w.journey", """
            contact {
              email: email
              trial_ends_at: datetime?
            }
            template email hi { subject "Hi" body "Hi" }
            journey digest { when every weekday at 08:00 utc for everyone  send email hi }
            journey daily { when every day at 07:30 for everyone  send email hi }
            journey trial_end { when date contact.trial_ends_at at 10:00 utc  send email hi }
            """)));
        var digest = catalog.Journeys.Single(j => j.Info.Name == "digest").Info.Timing;
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], digest?.Days);
        Assert.True(digest?.Utc);

        var daily = catalog.Journeys.Single(j => j.Info.Name == "daily").Info.Timing;
        Assert.Equal(7, daily?.Days?.Distinct().Count());
        Assert.Equal(new TimeOnly(7, 30), daily?.At);
        Assert.False(daily?.Utc);

        // A datetime expression fires on its UTC date.
        var trial = catalog.Journeys.Single(j => j.Info.Name == "trial_end");
        var contact = catalog.NewContact("c1", new Dictionary<string, object?>
        {
            ["email"] = "a@example.com",
            ["trial_ends_at"] = new DateTimeOffset(2026, 5, 1, 23, 30, 0, TimeSpan.FromHours(-2)),
        });
        Assert.Equal(new DateOnly(2026, 5, 2), trial.TriggerDate(new FakeContext(contact)));
        Assert.Null(trial.TriggerDate(new FakeContext(catalog.NewContact("c2"))));
    }
}
