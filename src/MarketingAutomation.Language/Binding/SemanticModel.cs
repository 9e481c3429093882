using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Language.Binding;

/// <summary>The bound workspace: its symbols, where each is used, and every diagnostic.</summary>
public sealed class SemanticModel
{
    internal SemanticModel(SymbolTable symbols, IReadOnlyList<SymbolReference> references, IReadOnlyList<Diagnostic> diagnostics)
    {
        Symbols = symbols;
        References = references;
        Diagnostics = diagnostics;
    }

    public SymbolTable Symbols { get; }

    /// <summary>Every place a script names a declared symbol, in binding order.</summary>
    public IReadOnlyList<SymbolReference> References { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
