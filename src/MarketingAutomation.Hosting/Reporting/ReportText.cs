using System.Globalization;
using System.Text;

namespace MarketingAutomation.Hosting.Reporting;

/// <summary>Small text helpers shared by the report formatters.</summary>
public static class ReportText
{
    /// <summary>A moment as the timeline shows it: UTC to the minute, `2026-03-02 10:15`.</summary>
    public static string Minute(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A moment in JSON reports: ISO 8601 in UTC, `2026-03-02T10:15:00Z`.</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Count(int count, string noun, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : plural ?? noun + "s");

    /// <summary>
    /// Text from input files (contact ids, field values) without control characters: an escape
    /// sequence in a contact id must not recolour or rewrite the user's terminal.
    /// </summary>
    public static string Printable(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? '?' : c);
        }

        return builder.ToString();
    }
}
