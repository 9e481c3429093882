namespace MarketingAutomation.LanguageServer.Protocol;

public enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

public sealed record CodeDescription(string Href);

public sealed record Diagnostic(
    Range Range,
    DiagnosticSeverity Severity,
    string Code,
    string Source,
    string Message,
    CodeDescription? CodeDescription = null);

public sealed record PublishDiagnosticsParams(string Uri, IReadOnlyList<Diagnostic> Diagnostics, int? Version = null);
