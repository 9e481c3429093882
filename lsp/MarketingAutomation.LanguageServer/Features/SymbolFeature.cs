using MarketingAutomation.Language.Services;
using MarketingAutomation.Language.Text;
using MarketingAutomation.LanguageServer.Conversion;
using MarketingAutomation.LanguageServer.Protocol;
using MarketingAutomation.LanguageServer.Workspaces;

namespace MarketingAutomation.LanguageServer.Features;

/// <summary>The outline of a document, and symbol search across every workspace.</summary>
internal static class SymbolFeature
{
    public const int WorkspaceSymbolLimit = 500;

    public static IReadOnlyList<Protocol.DocumentSymbol> DocumentSymbols(DocumentContext document) =>
        SymbolService.GetDocumentSymbols(document.Snapshot.Compilation, document.Tree).Select(s => ToProtocol(document.Source, s)).ToList();

    public static IReadOnlyList<SymbolInformation> WorkspaceSymbols(IEnumerable<WorkspaceSnapshot> snapshots, string query) =>
        snapshots
            .SelectMany(snapshot => SymbolService.GetWorkspaceSymbols(snapshot.Compilation, query).Select(s => new SymbolInformation(
                s.Name,
                SymbolKinds.ToProtocol(s.Kind),
                new Protocol.Location(snapshot.UriOf(s.Location.Source), Positions.ToRange(s.Location.Source, s.Location.Span)),
                s.ContainerName)))
            .Take(WorkspaceSymbolLimit)
            .ToList();

    private static Protocol.DocumentSymbol ToProtocol(SourceText source, Language.Services.DocumentSymbol symbol)
    {
        // Editors reject an outline entry whose name lies outside its range; make sure it cannot.
        var whole = TextSpan.FromBounds(Math.Min(symbol.Span.Start, symbol.SelectionSpan.Start), Math.Max(symbol.Span.End, symbol.SelectionSpan.End));
        var children = symbol.Children.Count == 0 ? null : symbol.Children.Select(c => ToProtocol(source, c)).ToList();
        return new Protocol.DocumentSymbol(
            // VS Code refuses an empty name: a declaration still being typed has none yet.
            string.IsNullOrWhiteSpace(symbol.Name) ? "(unnamed)" : symbol.Name,
            symbol.Detail,
            SymbolKinds.ToProtocol(symbol.Kind),
            Positions.ToRange(source, whole),
            Positions.ToRange(source, symbol.SelectionSpan),
            children);
    }
}
