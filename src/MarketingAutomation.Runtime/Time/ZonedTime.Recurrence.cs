using System.Diagnostics;

namespace MarketingAutomation.Runtime.Time;

public static partial class ZonedTime
{
    // Days as bits, bit n for (DayOfWeek)n, so recurrence checks allocate nothing.
    private const int EveryDay = 0b111_1111;
    private const int MondayToFriday = 0b011_1110;

    /// <summary>
    /// The first moment at or after <paramref name="from"/> when the zone's clock shows
    /// <paramref name="time"/> (on Monday to Friday only, with <paramref name="weekdaysOnly"/>).
    /// </summary>
    /// <remarks>
    /// One moment per local date, the one <see cref="At"/> gives: in the night the clocks go back a
    /// time shown twice counts once, so a daily send never goes out twice in one night.
    /// </remarks>
    public static DateTimeOffset NextTimeOfDay(DateTimeOffset from, TimeOnly time, TimeZoneInfo zone, bool weekdaysOnly) =>
        NextOnDays(from, time, zone, weekdaysOnly ? MondayToFriday : EveryDay);

    /// <summary>The first moment at or after <paramref name="from"/> on one of <paramref name="days"/> at <paramref name="time"/> local.</summary>
    /// <exception cref="ArgumentException"><paramref name="days"/> is empty.</exception>
    public static DateTimeOffset NextWeekly(IReadOnlyList<DayOfWeek> days, TimeOnly time, TimeZoneInfo zone, DateTimeOffset from)
    {
        ArgumentNullException.ThrowIfNull(days);
        var mask = 0;
        for (var i = 0; i < days.Count; i++)
        {
            mask |= 1 << (int)days[i];
        }

        if ((mask & EveryDay) == 0)
        {
            throw new ArgumentException("A weekly recurrence needs at least one day.", nameof(days));
        }

        return NextOnDays(from, time, zone, mask & EveryDay);
    }

    /// <summary>The first moment at or after <paramref name="from"/> when the zone's clock shows <paramref name="hour"/>:00.</summary>
    public static DateTimeOffset NextLocalHour(DateTimeOffset from, int hour, TimeZoneInfo zone)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hour, 23);
        return NextOnDays(from, new TimeOnly(hour, 0), zone, EveryDay);
    }

    /// <summary>
    /// The first occurrence at or after <paramref name="from"/> of the anniversary's month and day at
    /// <paramref name="time"/> local; 29 February falls on 28 February in common years. Null only
    /// when that would be past the end of year 9999.
    /// </summary>
    public static DateTimeOffset? NextYearly(DateOnly anniversary, TimeOnly time, TimeZoneInfo zone, DateTimeOffset from)
    {
        var year = LocalDate(from, zone).Year;

        // Last year's date too: at the very end of December a gap can push it past midnight into this year.
        for (var candidateYear = year - 1; candidateYear <= year + 1; candidateYear++)
        {
            if (candidateYear < DateOnly.MinValue.Year || candidateYear > DateOnly.MaxValue.Year)
            {
                continue;
            }

            if (Occurrences(InYear(anniversary, candidateYear), time, zone)?.First is { } candidate && candidate >= from)
            {
                return candidate;
            }
        }

        return null;
    }

    private static DateOnly InYear(DateOnly anniversary, int year) =>
        new(year, anniversary.Month, Math.Min(anniversary.Day, DateTime.DaysInMonth(year, anniversary.Month)));

    private static DateTimeOffset NextOnDays(DateTimeOffset from, TimeOnly time, TimeZoneInfo zone, int days)
    {
        var today = LocalDate(from, zone);

        // Yesterday too: a gap can push its time past midnight into today. Today + 7 is always late
        // enough and always on one of the days, so the loop never falls through.
        for (var date = today.AddDays(-1); date <= today.AddDays(7); date = date.AddDays(1))
        {
            if ((days & (1 << (int)date.DayOfWeek)) != 0 && At(date, time, zone) is var candidate && candidate >= from)
            {
                return candidate;
            }
        }

        throw new UnreachableException("A week after any moment holds every day of the week.");
    }
}
