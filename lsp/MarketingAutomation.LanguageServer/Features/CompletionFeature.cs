using MarketingAutomation.Language.Services;
using MarketingAutomation.LanguageServer.Protocol;
using ProtocolKind = MarketingAutomation.LanguageServer.Protocol.CompletionItemKind;
using ServiceKind = MarketingAutomation.Language.Services.CompletionItemKind;

namespace MarketingAutomation.LanguageServer.Features;

/// <summary>Completion from the completion service, in LSP's item kinds (which pick the icons).</summary>
internal static class CompletionFeature
{
    public static CompletionList Get(DocumentContext document, Position position)
    {
        var items = CompletionService.GetCompletions(document.Snapshot.Compilation, document.Tree, document.OffsetOf(position))
            .Select((item, index) => new Protocol.CompletionItem(
                item.Label,
                ToProtocol(item.Kind),
                item.Detail,
                item.Documentation is { } documentation ? MarkupContent.Markdown(documentation) : null,
                // The service lists the likeliest first; keep its order rather than the editor's alphabet.
                SortText: index.ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
                InsertText: item.InsertText))
            .ToList();
        return new CompletionList(false, items);
    }

    private static ProtocolKind ToProtocol(ServiceKind kind) => kind switch
    {
        ServiceKind.Keyword => ProtocolKind.Keyword,
        ServiceKind.Type => ProtocolKind.Class,
        ServiceKind.Event => ProtocolKind.Event,
        ServiceKind.Template => ProtocolKind.Reference,
        ServiceKind.Segment => ProtocolKind.Variable,
        ServiceKind.Score => ProtocolKind.Value,
        ServiceKind.Stage => ProtocolKind.EnumMember,
        ServiceKind.Connection => ProtocolKind.Interface,
        ServiceKind.Journey => ProtocolKind.Module,
        ServiceKind.Field => ProtocolKind.Field,
        ServiceKind.EnumMember => ProtocolKind.EnumMember,
        ServiceKind.Function => ProtocolKind.Function,
        ServiceKind.Variable => ProtocolKind.Variable,
        _ => ProtocolKind.Text,
    };
}
