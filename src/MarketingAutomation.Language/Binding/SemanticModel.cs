using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Text;

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

    /// <summary>The symbol named at a position of a file: a declaration's name or a reference.</summary>
    public Symbol? FindSymbolAt(SourceText source, int position) =>
        References.FirstOrDefault(r => r.Source == source && r.Span.IntersectsOrTouches(position))?.Symbol
        ?? Symbols.AllDeclared().FirstOrDefault(s => s.Source == source && s.NameSpan.IntersectsOrTouches(position));
}
