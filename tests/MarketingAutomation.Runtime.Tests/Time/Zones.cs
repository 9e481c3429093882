using System.Globalization;
namespace MarketingAutomation.Runtime.Tests.Time;

/// <summary>Shorthands for the time tests: zones that must exist, and moments written as they print.</summary>
internal static class Zones
{
    /// <summary>Zones with awkward clocks: DST both hemispheres, half-hour offsets and DST, a midnight gap, a skipped day.</summary>
    public static readonly string[] Awkward =
    [
        "UTC", "Europe/Warsaw", "America/New_York", "Australia/Sydney", "Australia/Adelaide", "Asia/Kolkata",
        "Australia/Lord_Howe", "America/Santiago", "Pacific/Apia", "Europe/Dublin", "America/St_Johns", "Pacific/Chatham",
    ];

    /// <summary>The zone, failing the test (instead of silently using UTC) if the machine lacks it.</summary>
    public static TimeZoneInfo Get(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    public static DateTimeOffset Moment(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TimeOnly Clock(string text) => TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The moment with its offset, so a test checks the instant and how it prints in one comparison.</summary>
    public static string Print(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string Print(DateTimeOffset? moment) => moment is { } m ? Print(m) : "null";

    public static DateTimeOffset In(DateTimeOffset moment, string zone) => TimeZoneInfo.ConvertTime(moment, Get(zone));

    /// <summary>
    /// Every instant at which the zone's clock shows <paramref name="local"/>, earliest first, found
    /// without ZonedTime: each offset the zone uses within a day either side is tried in turn. An
    /// oracle for the properties; TimeZoneInfo.IsInvalidTime is not one, as it misjudges some
    /// historical changes of standard offset.
    /// </summary>
    public static DateTimeOffset[] Showings(DateTime local, TimeZoneInfo zone)
    {
        var readAsUtc = new DateTimeOffset(local, TimeSpan.Zero);
        return Enumerable.Range(-26, 53)
            .Select(hours => zone.GetUtcOffset(readAsUtc.AddHours(hours)))
            .Distinct()
            .Select(offset => new DateTimeOffset(local, offset))
            .Where(instant => TimeZoneInfo.ConvertTime(instant, zone).DateTime == local)
            .Order()
            .ToArray();
    }

    public static bool IsSkipped(DateOnly date, TimeOnly time, TimeZoneInfo zone) => Showings(date.ToDateTime(time), zone).Length == 0;
}
