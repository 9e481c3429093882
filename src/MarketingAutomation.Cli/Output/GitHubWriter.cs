using MarketingAutomation.Cli.Check;
using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands, one per diagnostic, which the runner turns into annotations
/// on the pull request: `::error file=shop/a.journey,line=3,col=5,endLine=3,endColumn=9,title=MA2002::message`.
/// </summary>
internal sealed class GitHubWriter(string basePath) : IReportWriter
{
    public void Write(CheckReport report, TextWriter output)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            var range = LineColumnRange.From(diagnostic.Source, diagnostic.Span);
            var properties = new List<string>
            {
                Property("file", RepoRelativePath.OfOrFull(diagnostic.Path, basePath)),
                Property("line", range.StartLine),
            };

            // The runner drops an annotation whose columns span several lines, or whose end
            // column lies before its start; a multi-line span is therefore marked by lines only.
            if (range.EndLine == range.StartLine)
            {
                properties.Add(Property("col", range.StartColumn));
                properties.Add(Property("endLine", range.EndLine));
                properties.Add(Property("endColumn", Math.Max(range.StartColumn, range.EndColumn)));
            }
            else
            {
                properties.Add(Property("endLine", range.EndLine));
            }

            properties.Add(Property("title", diagnostic.Code));
            output.WriteLine($"::{Command(diagnostic.Severity)} {string.Join(',', properties)}::{GitHubCommandEscaper.EscapeData(diagnostic.Message)}");
        }
    }

    private static string Command(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };

    private static string Property(string name, int value) => Property(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Property(string name, string value) => $"{name}={GitHubCommandEscaper.EscapeProperty(value)}";
}
