using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Cli.Tests.Unit;

/// <summary>Builds diagnostics by hand, to test writers on spans the parser may never produce.</summary>
internal static class DiagnosticFactory
{
    public static Diagnostic Create(string text, int start, int length, DiagnosticSeverity severity = DiagnosticSeverity.Error, CodeFix? fix = null, string path = "test.journey") =>
        new(DiagnosticDescriptors.UnexpectedToken, severity, new SourceText(path, text), new TextSpan(start, length), "Something is wrong.", fix);
}
