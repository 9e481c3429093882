using System.Globalization;

namespace MarketingAutomation.Runtime;

/// <summary>Plain values (see <see cref="FieldInfo"/>) as text for timelines and reports: invariant, the way scripts write them.</summary>
public static class PlainText
{
    private const string NumberFormat = "0.############################";

    public static string Of(object? value) => value switch
    {
        null => "(none)",
        string s => s,
        bool b => b ? "true" : "false",
        decimal d => Of(d),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset m => m.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm", CultureInfo.InvariantCulture),
        TimeSpan t => Duration(t),
        Enum e => e.ToString(),
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Of)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>
    /// A number as <see cref="Of(object?)"/> writes it, without boxing it first. Whole numbers (most
    /// scores and counts) take the integer formatter: the custom format is parsed on every call and
    /// is several times slower. Zero takes the custom format, which writes a negative zero as `0`.
    /// </summary>
    public static string Of(decimal value) =>
        value != 0m && decimal.IsInteger(value) && value >= long.MinValue && value <= long.MaxValue
            ? decimal.ToInt64(value).ToString(CultureInfo.InvariantCulture)
            : value.ToString(NumberFormat, CultureInfo.InvariantCulture);

    /// <summary>A duration the way scripts write it: `3d`, `2h`, `30m`, `45s`, or a sum such as `1d 2h`.</summary>
    public static string Duration(TimeSpan t)
    {
        if (t == TimeSpan.Zero)
        {
            return "0s";
        }

        var parts = new List<string>(4);
        if (t < TimeSpan.Zero)
        {
            return "-" + Duration(t.Negate());
        }

        if (t.Days > 0)
        {
            parts.Add(t.Days.ToString(CultureInfo.InvariantCulture) + "d");
        }

        if (t.Hours > 0)
        {
            parts.Add(t.Hours.ToString(CultureInfo.InvariantCulture) + "h");
        }

        if (t.Minutes > 0)
        {
            parts.Add(t.Minutes.ToString(CultureInfo.InvariantCulture) + "m");
        }

        if (t.Seconds > 0 || parts.Count == 0)
        {
            parts.Add(t.Seconds.ToString(CultureInfo.InvariantCulture) + "s");
        }

        return string.Join(" ", parts);
    }
}
