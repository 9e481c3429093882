using System.Globalization;
using System.Text.RegularExpressions;

namespace MarketingAutomation.Hosting.Input;

/// <summary>
/// Moments as ISO 8601 with an explicit offset: `2026-03-02T09:00:00Z`, `2026-03-02T10:00+01:00`,
/// with optional seconds and fractions. A moment without an offset is refused: guessing the
/// machine's time zone would make the same file mean different things on different laptops.
/// </summary>
public static partial class MomentText
{
    public const string Example = "\"2026-03-02T09:00:00Z\"";

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        return IsoWithOffset().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoWithOffset();
}
