using MarketingAutomation.Runtime.Time;

namespace MarketingAutomation.Hosting.Testing;

/// <summary>
/// Where a test's virtual clock starts and how long it runs. Every test starts on Monday
/// 2 March 2026 at 10:00 in the test contact's own time zone: a weekday morning, outside any
/// sensible quiet hours, so `at 0s` sends go out at 0s. Tests run a year past their last moment,
/// long enough for yearly dates, inactivity and long waits to happen.
/// </summary>
public static class TestClock
{
    public static readonly DateOnly StartDate = new(2026, 3, 2);

    public static readonly TimeOnly StartTime = new(10, 0);

    public static readonly TimeSpan RunsPastLastMoment = TimeSpan.FromDays(400);

    public static DateTimeOffset Start(TimeZoneInfo zone) => ZonedTime.At(StartDate, StartTime, zone);
}
