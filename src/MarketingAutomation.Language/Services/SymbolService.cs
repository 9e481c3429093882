using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Services;

/// <summary>The outline of a file and the search for declarations across the workspace.</summary>
public static class SymbolService
{
    /// <summary>The file's declarations with their parts, built from the syntax alone so a file with errors still has an outline.</summary>
    public static IReadOnlyList<DocumentSymbol> GetDocumentSymbols(Compilation compilation, SyntaxTree tree) =>
        new OutlineBuilder(tree.Source).Build(tree.Root);

    /// <summary>Declarations whose name holds the query's characters in order (any case), best matches first.</summary>
    public static IReadOnlyList<WorkspaceSymbol> GetWorkspaceSymbols(Compilation compilation, string query)
    {
        var symbols = compilation.Model.Symbols;
        var found = new List<WorkspaceSymbol>();
        foreach (var symbol in symbols.AllDeclared())
        {
            if (symbol.Source is { } source && symbol.Kind != SymbolKind.Contact && SubsequenceMatch.Matches(query, symbol.Name))
            {
                var container = symbol is FieldSymbol field ? SymbolFinder.OwnerOf(symbols, field)?.Name : null;
                found.Add(new WorkspaceSymbol(symbol.Name, symbol.Kind, container, new Location(source, symbol.NameSpan)));
            }
        }

        return found
            .OrderBy(s => s.Name.StartsWith(query, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ThenBy(s => s.ContainerName, StringComparer.Ordinal)
            .ToList();
    }
}
