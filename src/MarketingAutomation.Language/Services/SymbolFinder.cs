using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Services;

/// <summary>Finds the symbol named at a position, and every place a symbol is named.</summary>
internal static class SymbolFinder
{
    /// <summary>
    /// The symbol whose name is at the position: a name holding it wins over one that merely
    /// ends there, so `a.b` with the cursor between `a` and `.` still finds `a`.
    /// </summary>
    public static SymbolOccurrence? At(Compilation compilation, SyntaxTree tree, int position)
    {
        if (position < 0 || position > tree.Source.Text.Length)
        {
            return null;
        }

        var candidates = Occurrences(compilation, tree).Where(o => o.Span.IntersectsOrTouches(position)).ToList();
        return candidates.FirstOrDefault(o => o.Span.Contains(position)) ?? candidates.FirstOrDefault();
    }

    /// <summary>Every declaration and use in one file.</summary>
    public static IEnumerable<SymbolOccurrence> Occurrences(Compilation compilation, SyntaxTree tree)
    {
        var model = compilation.Model;
        foreach (var reference in model.References.Where(r => r.Source == tree.Source))
        {
            yield return new SymbolOccurrence(reference.Symbol, reference.Source, reference.Span, false);
        }

        foreach (var symbol in model.Symbols.AllDeclared().Where(s => s.Source == tree.Source))
        {
            yield return new SymbolOccurrence(symbol, tree.Source, symbol.NameSpan, true);
        }
    }

    /// <summary>Every place in the workspace (template files included) the symbol is named, each once, by file and position.</summary>
    public static IReadOnlyList<SymbolOccurrence> OccurrencesOf(Compilation compilation, Symbol symbol, bool includeDeclaration)
    {
        var found = new List<SymbolOccurrence>();
        if (includeDeclaration && symbol.Source is { } declaredIn)
        {
            found.Add(new SymbolOccurrence(symbol, declaredIn, symbol.NameSpan, true));
        }

        found.AddRange(compilation.Model.References
            .Where(r => r.Symbol == symbol)
            .Select(r => new SymbolOccurrence(symbol, r.Source, r.Span, false)));

        // A template file read by two templates is read twice; its uses are one place each.
        return found
            .DistinctBy(o => (o.Source.Path, o.Span))
            .OrderBy(o => o.Source.Path, StringComparer.Ordinal)
            .ThenBy(o => o.Span.Start)
            .ToList();
    }

    /// <summary>The record (contact or event) a field belongs to.</summary>
    public static RecordSymbol? OwnerOf(SymbolTable symbols, FieldSymbol field)
    {
        if (symbols.Contact is { } contact && contact.Fields.Contains(field))
        {
            return contact;
        }

        return symbols.Events.FirstOrDefault(e => e.Fields.Contains(field));
    }
}
