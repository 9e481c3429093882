namespace MarketingAutomation.Language.Diagnostics;

/// <summary>
/// What a diagnostic code means, independent of any one occurrence: its title for rule lists
/// (SARIF, docs) and a sentence on why it matters.
/// </summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity DefaultSeverity, string Title, string Description)
{
    /// <summary>The anchor of this code in docs/diagnostics.md.</summary>
    public string HelpAnchor => Code.ToLowerInvariant();

    /// <summary>A compiler bug rather than a mistake in a script: no script is meant to produce it, so it has no sample.</summary>
    public bool IsInternal { get; init; }
}
