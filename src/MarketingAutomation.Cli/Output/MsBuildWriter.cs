using MarketingAutomation.Cli.Check;

namespace MarketingAutomation.Cli.Output;

/// <summary>
/// One line per diagnostic in MSBuild's canonical form, `path(line,col): error MA1001: message`,
/// which Visual Studio, VS Code problem matchers and most CI log parsers understand.
/// </summary>
internal sealed class MsBuildWriter : IReportWriter
{
    public void Write(CheckReport report, TextWriter output)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            var start = diagnostic.Start;
            output.WriteLine($"{DisplayPath.Of(diagnostic.Path)}({start.Line + 1},{start.Character + 1}): {SeverityNames.Of(diagnostic.Severity)} {diagnostic.Code}: {OneLine.Of(diagnostic.Message)}");
        }
    }
}
