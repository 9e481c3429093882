using MarketingAutomation.Language.Services;
using MarketingAutomation.LanguageServer.Protocol;

namespace MarketingAutomation.LanguageServer.Features;

internal static class HoverFeature
{
    public static Protocol.Hover? Get(DocumentContext document, Position position) =>
        HoverService.GetHover(document.Snapshot.Compilation, document.Tree, document.OffsetOf(position)) is { } hover
            ? new Protocol.Hover(MarkupContent.Markdown(hover.Markdown), document.RangeOf(hover.Span))
            : null;
}
