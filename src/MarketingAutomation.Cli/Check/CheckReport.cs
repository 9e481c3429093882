using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Cli.Check;

/// <summary>What `ma check` found: the diagnostics to show and how many files were checked.</summary>
internal sealed record CheckReport(IReadOnlyList<Diagnostic> Diagnostics, int FileCount)
{
    public int Count(DiagnosticSeverity severity) => Diagnostics.Count(d => d.Severity == severity);

    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
