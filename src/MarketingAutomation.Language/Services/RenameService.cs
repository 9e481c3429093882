using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Services;

/// <summary>Renames a declared symbol everywhere it is named: every script of the workspace and the template files.</summary>
public static class RenameService
{
    /// <summary>The name at the position and its current text, or null where nothing can be renamed (built-ins, keywords, tests).</summary>
    public static (TextSpan Span, string Placeholder)? PrepareRename(Compilation compilation, SyntaxTree tree, int position)
    {
        if (Renamable(compilation, tree, position) is not { } occurrence)
        {
            return null;
        }

        return (occurrence.Span, occurrence.Symbol.Name);
    }

    public static RenameResult Rename(Compilation compilation, SyntaxTree tree, int position, string newName)
    {
        if (Renamable(compilation, tree, position) is not { Symbol: var symbol })
        {
            return RenameResult.Refused("There is nothing here that can be renamed.");
        }

        if (NameRules.Problem(newName, symbol.Kind) is { } problem)
        {
            return RenameResult.Refused(problem);
        }

        if (newName == symbol.Name)
        {
            return new RenameResult(null, new Dictionary<string, IReadOnlyList<TextEdit>>());
        }

        if (Clash(compilation.Model.Symbols, symbol, newName) is { } existing)
        {
            var where = existing.Source is { } source ? $" at {source.Path}:{source.GetLinePosition(existing.NameSpan.Start)}" : " (built in)";
            return RenameResult.Refused($"There is already {NameRules.WithArticle(existing.Kind)} named `{newName}`{where}.");
        }

        var occurrences = SymbolFinder.OccurrencesOf(compilation, symbol, includeDeclaration: true)
            .Where(o => Text(o.Source, o.Span) == symbol.Name)
            .ToList();
        var edits = occurrences
            .GroupBy(o => o.Source.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TextEdit>)g.Select(o => new TextEdit(o.Span, newName)).ToList(), StringComparer.Ordinal);
        if (RenameCheck.NewError(compilation, occurrences, newName) is { } broken)
        {
            return RenameResult.Refused($"Renaming `{symbol.Name}` to `{newName}` would break the workspace: {broken}");
        }

        return new RenameResult(null, edits);
    }

    /// <summary>
    /// A symbol a person declared and named: not a built-in, not the contact profile (its name
    /// is the keyword `contact`) and not a test (its name is a text, edited as text).
    /// </summary>
    private static SymbolOccurrence? Renamable(Compilation compilation, SyntaxTree tree, int position) =>
        SymbolFinder.At(compilation, tree, position) is { } occurrence
        && !occurrence.Symbol.IsBuiltIn
        && occurrence.Symbol.Kind is not (SymbolKind.Contact or SymbolKind.Test)
        && Text(occurrence.Source, occurrence.Span) == occurrence.Symbol.Name
            ? occurrence
            : null;

    private static Symbol? Clash(SymbolTable symbols, Symbol symbol, string newName) => symbol switch
    {
        FieldSymbol field => SymbolFinder.OwnerOf(symbols, field)?.FindField(newName),
        EventSymbol => symbols.Events.FirstOrDefault(e => e.Name == newName),
        TemplateSymbol => symbols.Templates.FirstOrDefault(t => t.Name == newName),
        SegmentSymbol => symbols.Segments.FirstOrDefault(s => s.Name == newName),
        ScoreSymbol => symbols.Scores.FirstOrDefault(s => s.Name == newName),
        StageSymbol => symbols.Stages.FirstOrDefault(s => s.Name == newName),
        ConnectionSymbol => symbols.Connections.FirstOrDefault(c => c.Name == newName),
        JourneySymbol => symbols.Journeys.FirstOrDefault(j => j.Name == newName),
        _ => null,
    };

    private static string Text(SourceText source, TextSpan span) =>
        span.End <= source.Text.Length ? source.Text.Substring(span.Start, span.Length) : string.Empty;
}
