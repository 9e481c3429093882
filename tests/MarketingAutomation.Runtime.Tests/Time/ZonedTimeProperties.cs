using CsCheck;
using MarketingAutomation.Runtime.Time;

namespace MarketingAutomation.Runtime.Tests.Time;

/// <summary>
/// Properties over random moments in zones with awkward clocks. Moments cluster in the months the
/// clocks change (March, April, September to November), and one in ten on a day known for a gap or
/// overlap, so those come up often.
/// </summary>
public class ZonedTimeProperties
{
    private static readonly Gen<TimeZoneInfo> Zone = Gen.OneOf(Zones.Awkward.Select(Zones.Get).ToArray());

    // Days the clocks of the zones above do odd things, and the days either side.
    private static readonly DateOnly[] OddDays =
    [
        .. new[] { "2011-12-30", "2026-03-29", "2026-10-25", "2026-03-08", "2026-11-01", "2026-04-05", "2026-10-04", "2026-09-06" }
            .Select(Zones.Date)
            .SelectMany(day => new[] { day.AddDays(-1), day, day.AddDays(1) }),
    ];

    private static readonly Gen<DateOnly> Date = Gen.Frequency(
        (9, Gen.Select(Gen.Int[1990, 2040], Gen.OneOf(Gen.OneOf(3, 4, 9, 10, 11), Gen.Int[1, 12]), Gen.Int[1, 31],
            (year, month, day) => new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month))))),
        (1, Gen.OneOf(OddDays)));

    // Whole minutes mostly, so moments land exactly on the times asked for; seconds now and then.
    private static readonly Gen<TimeOnly> Time =
        Gen.Select(Gen.Int[0, 1439], Gen.OneOf(Gen.Const(0), Gen.Int[0, 59]), (minute, second) => new TimeOnly(minute / 60, minute % 60, second));

    private static readonly Gen<TimeOnly> ClockTime = Gen.Int[0, 1439].Select(minute => new TimeOnly(minute / 60, minute % 60));

    private static readonly Gen<DateTimeOffset> Moment =
        Gen.Select(Date, Time, Gen.Int[-14 * 60, 14 * 60], (date, time, offsetMinutes) =>
            new DateTimeOffset(date.ToDateTime(time), TimeSpan.FromMinutes(offsetMinutes)));

    [Fact]
    public void At_gives_the_first_showing_of_the_time_or_moves_it_over_the_gap() =>
        Gen.Select(Zone, Date, ClockTime).Sample((zone, date, time) =>
        {
            var moment = ZonedTime.At(date, time, zone);
            var local = date.ToDateTime(time);
            Assert.Equal(zone.GetUtcOffset(moment), moment.Offset);

            var showings = Zones.Showings(local, zone);
            if (showings.Length > 0)
            {
                Assert.Equal(showings[0], moment);
                Assert.Equal(local, moment.DateTime);
            }
            else
            {
                // Skipped: moved forward by exactly the change of offset across the gap, so reading
                // the clock that much earlier gives the time asked for less the shift.
                var shift = moment.DateTime - local;
                var beforeJump = moment - shift;
                Assert.True(shift > TimeSpan.Zero);
                Assert.Equal(moment.Offset - zone.GetUtcOffset(beforeJump), shift);
                Assert.Equal(local - shift, TimeZoneInfo.ConvertTime(beforeJump, zone).DateTime);
            }
        }, iter: 20_000);

    [Fact]
    public void Next_time_of_day_is_the_first_matching_moment_within_a_week() =>
        Gen.Select(Zone, Moment, ClockTime, Gen.Bool).Sample((zone, from, time, weekdaysOnly) =>
        {
            bool Allowed(DateOnly day) => !weekdaysOnly || day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

            var next = ZonedTime.NextTimeOfDay(from, time, zone, weekdaysOnly);
            Assert.InRange(next, from, from.AddDays(8).AddTicks(-1));
            AssertStandsFor(next, time, zone, Allowed);

            // Nothing earlier qualifies: every allowed day's time since the day before `from` is already past.
            for (var day = ZonedTime.LocalDate(from, zone).AddDays(-1); ZonedTime.At(day, time, zone) < next; day = day.AddDays(1))
            {
                Assert.True(ZonedTime.At(day, time, zone) < from || !Allowed(day));
            }

            Assert.Equal(next, ZonedTime.NextTimeOfDay(next, time, zone, weekdaysOnly));
        }, iter: 5_000);

    [Fact]
    public void Next_weekly_lands_on_one_of_the_days_within_a_week() =>
        Gen.Select(Zone, Moment, ClockTime, Gen.Enum<DayOfWeek>().Array[1, 7]).Sample((zone, from, time, days) =>
        {
            var next = ZonedTime.NextWeekly(days, time, zone, from);
            Assert.InRange(next, from, from.AddDays(8).AddTicks(-1));
            AssertStandsFor(next, time, zone, day => days.Contains(day.DayOfWeek));
        }, iter: 5_000);

    [Fact]
    public void Next_yearly_lands_on_the_anniversary_within_a_year() =>
        Gen.Select(Zone, Moment, Date, ClockTime).Sample((zone, from, anniversary, time) =>
        {
            bool Allowed(DateOnly day) =>
                day.Month == anniversary.Month && day.Day == Math.Min(anniversary.Day, DateTime.DaysInMonth(day.Year, day.Month));

            var next = ZonedTime.NextYearly(anniversary, time, zone, from);
            Assert.NotNull(next);
            Assert.InRange(next.Value, from, from.AddDays(367));
            AssertStandsFor(next.Value, time, zone, Allowed);
            Assert.Equal(next, ZonedTime.NextYearly(anniversary, time, zone, next.Value));
        }, iter: 5_000);

    [Fact]
    public void Out_of_quiet_hours_is_never_earlier_and_never_inside() =>
        Gen.Select(Zone, Moment, ClockTime, ClockTime, Gen.Bool).Sample((zone, moment, from, to, utc) =>
        {
            var window = new QuietHours(from, to, utc);
            var released = ZonedTime.OutOfQuietHours(moment, window, zone);
            Assert.True(released >= moment);
            Assert.False(ZonedTime.InQuietHours(released, window, zone));
            if (!ZonedTime.InQuietHours(moment, window, zone))
            {
                Assert.Equal(moment, released);
            }
            else
            {
                // A window is shorter than a day; a clock change can stretch it by the change, and in
                // the rare nearly all-day window whose end a gap skips, to the next day's end.
                Assert.True(released - moment < TimeSpan.FromHours(49));
                Assert.Equal(zone.GetUtcOffset(released), released.Offset);
            }
        }, iter: 10_000);

    /// <summary>
    /// <paramref name="next"/> is <see cref="ZonedTime.At"/> of an allowed date: its own local date,
    /// or the day before when a gap pushed the time past midnight (Samoa skipped all of 2011-12-30).
    /// Where that date's time was not skipped, the clock at <paramref name="next"/> shows exactly it.
    /// </summary>
    private static void AssertStandsFor(DateTimeOffset next, TimeOnly time, TimeZoneInfo zone, Func<DateOnly, bool> allowed)
    {
        Assert.Equal(zone.GetUtcOffset(next), next.Offset);
        var date = ZonedTime.LocalDate(next, zone);
        var meant = new[] { date, date.AddDays(-1) }.Where(day => allowed(day) && ZonedTime.At(day, time, zone) == next).ToArray();
        Assert.NotEmpty(meant);
        foreach (var day in meant.Where(day => !Zones.IsSkipped(day, time, zone)))
        {
            Assert.Equal(day, date);
            Assert.Equal(time, ZonedTime.LocalTime(next, zone));
        }
    }
}
