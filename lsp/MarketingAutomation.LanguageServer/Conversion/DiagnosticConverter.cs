using MarketingAutomation.LanguageServer.Protocol;
using LanguageDiagnostic = MarketingAutomation.Language.Diagnostics.Diagnostic;
using LanguageSeverity = MarketingAutomation.Language.Diagnostics.DiagnosticSeverity;

namespace MarketingAutomation.LanguageServer.Conversion;

/// <summary>Diagnostics as the editor shows them: the same codes and messages as `ma check`.</summary>
internal static class DiagnosticConverter
{
    public const string SourceName = "journey";

    public static Diagnostic ToProtocol(LanguageDiagnostic diagnostic) => new(
        Positions.ToRange(diagnostic.Source, diagnostic.Span),
        ToProtocol(diagnostic.Severity),
        diagnostic.Code,
        SourceName,
        diagnostic.Message);

    private static DiagnosticSeverity ToProtocol(LanguageSeverity severity) => severity switch
    {
        LanguageSeverity.Error => DiagnosticSeverity.Error,
        LanguageSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Information,
    };
}
