using MarketingAutomation.Server.Storage;

namespace MarketingAutomation.Server.Api;

/// <summary>The JSON shape of a timeline line: the same names as `ma run --format json`.</summary>
internal static class TimelineJson
{
    public static object Of(TimelineRow row) => new
    {
        at = row.At,
        journey = row.Journey,
        kind = row.Kind,
        text = row.Text,
        channel = row.Channel,
        name = row.Name,
        detail = row.Detail,
        amount = row.Amount,
        file = row.File,
        line = row.Line,
        key = row.Key,
    };
}
