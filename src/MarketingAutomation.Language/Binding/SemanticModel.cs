using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Language.Binding;

/// <summary>The bound workspace: its symbols and every diagnostic found while binding.</summary>
public sealed class SemanticModel
{
    internal SemanticModel(IReadOnlyList<Diagnostic> diagnostics)
    {
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
