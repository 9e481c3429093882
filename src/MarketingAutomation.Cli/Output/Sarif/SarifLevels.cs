using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Cli.Output.Sarif;

/// <summary>SARIF's names for severities: error, warning and note.</summary>
internal static class SarifLevels
{
    public static string Of(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
