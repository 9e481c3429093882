using System.Collections.Concurrent;

namespace MarketingAutomation.Runtime.Time;

/// <summary>
/// Wall-clock arithmetic in a contact's time zone, over the OS tz database (IANA ids such as
/// "Europe/Warsaw"). Every moment returned carries the zone's UTC offset at that instant, so it
/// prints as the contact's local time; comparisons are by instant either way.
/// </summary>
/// <remarks>
/// Local times that do not map to exactly one instant follow two rules, used everywhere here:
/// a time skipped by a spring-forward gap moves forward by the gap's length (02:30 in a one-hour
/// gap becomes 03:30), and a time repeated by an autumn overlap means its first occurrence.
/// </remarks>
public static partial class ZonedTime
{
    // Unknown ids are cached too, so a contact with a misspelt zone does not cost a file-system
    // probe per call; the bound keeps junk input from growing the cache without limit.
    private const int MaxCachedZones = 4096;

    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    /// <summary>The zone with this IANA id; UTC for null, empty or unknown ids. Never throws.</summary>
    public static TimeZoneInfo Resolve(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId))
        {
            return TimeZoneInfo.Utc;
        }

        if (Zones.TryGetValue(timeZoneId, out var cached))
        {
            return cached;
        }

        var found = Find(timeZoneId);
        var zone = found ?? TimeZoneInfo.Utc;
        if (found is not null || Zones.Count < MaxCachedZones)
        {
            Zones.TryAdd(timeZoneId, zone);
        }

        return zone;
    }

    /// <summary>The date on the zone's wall calendar at <paramref name="moment"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset moment, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(OnClock(moment, zone).DateTime);

    /// <summary>The time on the zone's wall clock at <paramref name="moment"/>.</summary>
    public static TimeOnly LocalTime(DateTimeOffset moment, TimeZoneInfo zone) =>
        TimeOnly.FromDateTime(OnClock(moment, zone).DateTime);

    /// <summary>
    /// <paramref name="moment"/> with the zone's offset at that instant, as
    /// <see cref="TimeZoneInfo.ConvertTime(DateTimeOffset, TimeZoneInfo)"/> gives it (clamped to
    /// the range of <see cref="DateTimeOffset"/> at its ends), with the offset read from the
    /// zone's remembered days (<see cref="ZoneOffsets"/>).
    /// </summary>
    public static DateTimeOffset OnClock(DateTimeOffset moment, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var offset = OffsetAt(moment.UtcTicks, zone);
        var localTicks = moment.UtcTicks + offset.Ticks;
        return localTicks > DateTimeOffset.MaxValue.Ticks ? DateTimeOffset.MaxValue
            : localTicks < DateTimeOffset.MinValue.Ticks ? DateTimeOffset.MinValue
            : new DateTimeOffset(localTicks, offset);
    }

    /// <summary>
    /// The instant the zone's clock shows <paramref name="time"/> on <paramref name="date"/>: moved
    /// forward by the gap's length inside a spring-forward gap, the first one inside an overlap.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant lies outside the range of <see cref="DateTimeOffset"/> (around years 1 and 9999).</exception>
    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone) =>
        Occurrences(date, time, zone)?.First
        ?? throw new ArgumentOutOfRangeException(nameof(date), $"{date:yyyy-MM-dd} {time:HH:mm} in {zone.Id} is outside the representable range.");

    /// <summary>Local midnight; 01:00 (or whenever the day starts) where a DST change skips midnight.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo zone) => At(date, TimeOnly.MinValue, zone);

    private static TimeZoneInfo? Find(string timeZoneId)
    {
        try
        {
            return TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : null;
        }
        catch (Exception exception) when (exception is InvalidTimeZoneException or System.Security.SecurityException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            // A corrupt or unreadable tz file is as good as an unknown id: the contact gets UTC.
            return null;
        }
    }
}
