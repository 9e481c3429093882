using System.Globalization;

namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>How values are shown in a message.</summary>
internal static class ValueText
{
    /// <summary>
    /// How a value is shown. Numbers, dates and times use fixed, culture-neutral forms (they often
    /// end up in links); a list shows its items one after another, as Liquid does; an object shows
    /// nothing (the output reports it). Moments are shown in <paramref name="zone"/> when given.
    /// </summary>
    public static string Of(object? value, TimeZoneInfo? zone, int depth = 0) => value switch
    {
        null or KeywordValue => string.Empty,
        string text => text,
        HtmlFragment html => html.Html,
        bool b => b ? "true" : "false",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset moment => MomentText(InZone(moment, zone)),
        TimeOnly time => time.ToString(time.Second == 0 ? "HH:mm" : "HH:mm:ss", CultureInfo.InvariantCulture),
        TimeSpan duration => DurationText(duration),
        _ when LiquidValues.IsObject(value) => string.Empty,
        _ when depth < LiquidValues.MaxDepth && LiquidValues.AsList(value) is { } list => string.Concat(list.Select(item => Of(item, zone, depth + 1))),
        _ => string.Empty,
    };

    /// <summary>The moment on the zone's clock; as given when there is no zone or the clock would leave the calendar (year 1 or 9999).</summary>
    public static DateTimeOffset InZone(DateTimeOffset moment, TimeZoneInfo? zone)
    {
        if (zone is null)
        {
            return moment;
        }

        try
        {
            return TimeZoneInfo.ConvertTime(moment, zone);
        }
        catch (ArgumentOutOfRangeException)
        {
            return moment;
        }
    }

    /// <summary>Ruby's Time#to_s form, <c>2026-05-01 09:30:00 +0200</c>, which Liquid shows for a moment.</summary>
    private static string MomentText(DateTimeOffset moment) =>
        moment.ToString("yyyy-MM-dd HH:mm:ss ", CultureInfo.InvariantCulture) + Strftime.Offset(moment.Offset, colon: false);

    /// <summary>A duration as the journey language writes it: <c>2w</c>, <c>3d</c>, <c>1h 30m</c>.</summary>
    private static string DurationText(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero)
        {
            return "0s";
        }

        var sign = duration < TimeSpan.Zero ? "-" : string.Empty;
        var rest = duration.Duration();
        if (rest.Ticks % TimeSpan.FromDays(7).Ticks == 0)
        {
            return $"{sign}{rest.Ticks / TimeSpan.FromDays(7).Ticks}w";
        }

        var parts = new List<string>();
        AddPart(parts, (long)rest.TotalDays, "d");
        AddPart(parts, rest.Hours, "h");
        AddPart(parts, rest.Minutes, "m");
        AddPart(parts, rest.Seconds, "s");
        return sign + (parts.Count == 0 ? "0s" : string.Join(' ', parts));
    }

    private static void AddPart(List<string> parts, long amount, string unit)
    {
        if (amount != 0)
        {
            parts.Add(amount.ToString(CultureInfo.InvariantCulture) + unit);
        }
    }
}
