using System.Globalization;

namespace MarketingAutomation.Hosting.Input;

/// <summary>
/// Durations as scripts write them: `45s`, `30m`, `2h`, `3d`, `2w`, or a sum such as `1d 12h`
/// (the form <c>PlainText.Duration</c> prints). Used for duration fields and for `ma run --for`.
/// </summary>
public static class DurationText
{
    /// <summary>A hundred years: far beyond any journey, and safely inside <see cref="DateTimeOffset"/>'s range.</summary>
    private const long MaxSeconds = 100L * 366 * 24 * 3600;

    public const string Examples = "\"45s\", \"30m\", \"2h\", \"3d\", \"2w\" or a sum such as \"1d 12h\"";

    public static bool TryParse(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var parts = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }

        long total = 0;
        foreach (var part in parts)
        {
            if (part.Length < 2 || UnitSeconds(part[^1]) is not { } unit
                || !long.TryParse(part.AsSpan(0, part.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
                || amount > MaxSeconds / unit)
            {
                return false;
            }

            total += amount * unit;
            if (total > MaxSeconds)
            {
                return false;
            }
        }

        value = TimeSpan.FromSeconds(total);
        return true;
    }

    private static long? UnitSeconds(char unit) => unit switch
    {
        's' => 1,
        'm' => 60,
        'h' => 3600,
        'd' => 86400,
        'w' => 7 * 86400,
        _ => null,
    };
}
