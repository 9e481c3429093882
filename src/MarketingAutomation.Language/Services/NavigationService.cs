using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Services;

/// <summary>Go to definition, find references and same-file highlights.</summary>
public static class NavigationService
{
    /// <summary>Where the symbol at the position is declared; null for built-ins and where no symbol is named.</summary>
    public static Location? GetDefinition(Compilation compilation, SyntaxTree tree, int position) =>
        SymbolFinder.At(compilation, tree, position) is { Symbol: { Source: { } source } symbol }
            ? new Location(source, symbol.NameSpan)
            : null;

    /// <summary>Every use of the symbol at the position across the workspace, template files included.</summary>
    public static IReadOnlyList<Location> FindReferences(Compilation compilation, SyntaxTree tree, int position, bool includeDeclaration)
    {
        if (SymbolFinder.At(compilation, tree, position) is not { } occurrence)
        {
            return [];
        }

        return SymbolFinder.OccurrencesOf(compilation, occurrence.Symbol, includeDeclaration)
            .Select(o => new Location(o.Source, o.Span))
            .ToList();
    }

    public static IReadOnlyList<DocumentHighlight> GetHighlights(Compilation compilation, SyntaxTree tree, int position)
    {
        if (SymbolFinder.At(compilation, tree, position) is not { } occurrence)
        {
            return [];
        }

        var written = SetTargets(tree);
        return SymbolFinder.OccurrencesOf(compilation, occurrence.Symbol, includeDeclaration: true)
            .Where(o => o.Source == tree.Source)
            .Select(o => new DocumentHighlight(o.Span, o.IsDeclaration || written.Contains(o.Span.Start) ? DocumentHighlightKind.Write : DocumentHighlightKind.Read))
            .ToList();
    }

    /// <summary>Where `set contact.x = ...` (in a journey or a test) names the field it changes.</summary>
    private static HashSet<int> SetTargets(SyntaxTree tree)
    {
        var targets = new HashSet<int>();
        foreach (var node in SyntaxWalk.DescendantsAndSelf(tree.Root))
        {
            var target = node switch
            {
                SetStatementSyntax set => set.Target,
                TestSetSyntax set => set.Target,
                _ => null,
            };
            if (target is MemberExpressionSyntax member)
            {
                targets.Add(member.Member.Span.Start);
            }
        }

        return targets;
    }
}
