using MarketingAutomation.Cli.Check;
using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Cli.Output;

/// <summary>
/// The format for people, after rustc and Bicep: what is wrong, where, the line itself with the
/// span underlined, how to fix it, and a one-line summary at the end.
/// </summary>
internal sealed class HumanWriter(bool useColor) : IReportWriter
{
    private readonly Ansi ansi = new(useColor);

    public void Write(CheckReport report, TextWriter output)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            WriteDiagnostic(diagnostic, output);
            output.WriteLine();
        }

        output.WriteLine(ansi.Bold(SummaryLine.Of(report)));
    }

    private void WriteDiagnostic(Diagnostic diagnostic, TextWriter output)
    {
        var severity = diagnostic.Severity;
        var start = diagnostic.Start;
        // As wide as the line number in the snippet's gutter, so "-->" and "=" line up with it.
        var gutter = new string(' ', (start.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        output.WriteLine($"{ansi.Severity(severity, $"{SeverityNames.Of(severity)} {diagnostic.Code}")}{ansi.Bold(": " + diagnostic.Message)}");
        output.WriteLine($"{gutter}{ansi.Gutter("-->")} {DisplayPath.Of(diagnostic.Path)}:{start.Line + 1}:{start.Character + 1}");
        SourceSnippet.Write(diagnostic, ansi, output);
        if (diagnostic.Fix is { } fix)
        {
            output.WriteLine($"{gutter} {ansi.Gutter("=")} {ansi.Help("help:")} {fix.Title}");
        }
    }
}
