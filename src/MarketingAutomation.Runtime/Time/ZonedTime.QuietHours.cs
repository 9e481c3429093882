using System.Diagnostics;

namespace MarketingAutomation.Runtime.Time;

public static partial class ZonedTime
{
    /// <summary>
    /// Whether <paramref name="moment"/> falls in the window: From &lt;= local time &lt; To, wrapping over
    /// midnight when To is earlier than From. Equal ends make no window (the compiler rejects them).
    /// A `utc` window reads the UTC clock instead of <paramref name="zone"/>'s.
    /// </summary>
    public static bool InQuietHours(DateTimeOffset moment, QuietHours window, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(window);
        return Inside(LocalTime(moment, ClockOf(window, zone)), window);
    }

    /// <summary>
    /// <paramref name="moment"/> itself when it is outside the window; otherwise the moment the
    /// window ends, when the clock next shows To (moved forward through a gap as <see cref="At"/>
    /// does), expressed with <paramref name="zone"/>'s offset.
    /// </summary>
    public static DateTimeOffset OutOfQuietHours(DateTimeOffset moment, QuietHours window, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(window);
        var clock = ClockOf(window, zone);
        if (!Inside(LocalTime(moment, clock), window))
        {
            return moment;
        }

        // Walk To's occurrences in time order. Both showings of a repeated hour count: a moment in
        // the second pass of the hour is released when the clock shows To again, not an hour early.
        // A time pushed forward by a gap can land back inside a nearly all-day window; skip those.
        var today = LocalDate(moment, clock);
        for (var date = today.AddDays(-1); date <= today.AddDays(7); date = date.AddDays(1))
        {
            if (Occurrences(date, window.To, clock) is not (var first, var last))
            {
                continue;
            }

            foreach (var end in (ReadOnlySpan<DateTimeOffset>)[first, last])
            {
                if (end >= moment && !Inside(LocalTime(end, clock), window))
                {
                    return OnClock(end, zone);
                }
            }
        }

        throw new UnreachableException("Quiet hours shorter than a day end within a week.");
    }

    private static TimeZoneInfo ClockOf(QuietHours window, TimeZoneInfo zone) => window.Utc ? TimeZoneInfo.Utc : zone;

    private static bool Inside(TimeOnly time, QuietHours window) => time.IsBetween(window.From, window.To);
}
