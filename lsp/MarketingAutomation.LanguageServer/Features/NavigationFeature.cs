using MarketingAutomation.Language.Services;
using MarketingAutomation.LanguageServer.Conversion;
using MarketingAutomation.LanguageServer.Protocol;

namespace MarketingAutomation.LanguageServer.Features;

/// <summary>Go to definition, find references and highlights, over the navigation service.</summary>
internal static class NavigationFeature
{
    public static IReadOnlyList<Protocol.Location> Definition(DocumentContext document, Position position) =>
        NavigationService.GetDefinition(document.Snapshot.Compilation, document.Tree, document.OffsetOf(position)) is { } found
            ? [ToProtocol(document, found)]
            : [];

    public static IReadOnlyList<Protocol.Location> References(DocumentContext document, Position position, bool includeDeclaration) =>
        NavigationService.FindReferences(document.Snapshot.Compilation, document.Tree, document.OffsetOf(position), includeDeclaration)
            .Select(l => ToProtocol(document, l))
            .ToList();

    public static IReadOnlyList<Protocol.DocumentHighlight> Highlights(DocumentContext document, Position position) =>
        NavigationService.GetHighlights(document.Snapshot.Compilation, document.Tree, document.OffsetOf(position))
            .Select(h => new Protocol.DocumentHighlight(
                document.RangeOf(h.Span),
                h.Kind == Language.Services.DocumentHighlightKind.Write ? Protocol.DocumentHighlightKind.Write : Protocol.DocumentHighlightKind.Read))
            .ToList();

    private static Protocol.Location ToProtocol(DocumentContext document, Language.Services.Location location) =>
        new(document.Snapshot.UriOf(location.Source), Positions.ToRange(location.Source, location.Span));
}
