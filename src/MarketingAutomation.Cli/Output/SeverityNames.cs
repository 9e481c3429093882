using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Cli.Output;

/// <summary>The lower-case severity words the text formats share ("error", "warning", "info").</summary>
internal static class SeverityNames
{
    public static string Of(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
