using System.Globalization;

namespace MarketingAutomation.Language.Liquid.Rendering.Filters;

/// <summary>
/// <c>date: "%d %B %Y"</c> formats a date, a moment (shown in the render's time zone), a time of
/// day, a Unix timestamp, or a text in ISO form (<c>2026-05-01</c>, <c>2026-05-01T09:30:00+02:00</c>).
/// </summary>
internal static class DateFilter
{
    public static object? Apply(FilterCall call)
    {
        var format = call.TextArgument(0);
        if (call.Input is null)
        {
            return null;
        }

        if (format.Length == 0)
        {
            return call.Original;
        }

        var zone = call.Options.TimeZone;
        switch (call.Input)
        {
            case DateOnly date:
                return Strftime.Format(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero, null, format, call.Report);
            case TimeOnly time:
                return Strftime.Format(DateOnly.MinValue.ToDateTime(time), TimeSpan.Zero, null, format, call.Report);
            case DateTimeOffset moment:
                return FormatMoment(moment, format, zone, call);
            case decimal seconds when seconds is >= -62_135_596_800m and <= 253_402_300_799m:
                return FormatMoment(DateTimeOffset.FromUnixTimeSeconds((long)seconds), format, zone, call);
            case string text when text.Trim() is "now" or "today":
                return call.Reject($"write `{text.Trim()}` without quotes: it is a variable here, so the date does not depend on when the message is rendered");
            case string text when DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return Strftime.Format(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero, null, format, call.Report);
            case string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment):
                return FormatMoment(moment, format, zone, call);
            default:
                return call.Reject($"expects a date, not {LiquidValues.Describe(call.Input)}");
        }
    }

    private static string FormatMoment(DateTimeOffset moment, string format, TimeZoneInfo? zone, FilterCall call)
    {
        var local = ValueText.InZone(moment, zone);
        return Strftime.Format(local.DateTime, local.Offset, zone?.Id, format, call.Report);
    }
}
