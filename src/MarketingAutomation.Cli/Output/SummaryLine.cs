using MarketingAutomation.Cli.Check;
using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Cli.Output;

/// <summary>The last line of the human format: "2 errors, 1 warning in 3 files" or "No problems in 3 files.".</summary>
internal static class SummaryLine
{
    public static string Of(CheckReport report)
    {
        var files = Plural(report.FileCount, "file");
        var parts = new List<string>();
        AddCount(parts, report.Count(DiagnosticSeverity.Error), "error");
        AddCount(parts, report.Count(DiagnosticSeverity.Warning), "warning");
        // "info" is not counted in the plural ("2 infos" reads badly).
        var infos = report.Count(DiagnosticSeverity.Info);
        if (infos > 0)
        {
            parts.Add($"{infos} info");
        }

        return parts.Count == 0 ? $"No problems in {files}." : $"{string.Join(", ", parts)} in {files}";
    }

    private static void AddCount(List<string> parts, int count, string noun)
    {
        if (count > 0)
        {
            parts.Add(Plural(count, noun));
        }
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
