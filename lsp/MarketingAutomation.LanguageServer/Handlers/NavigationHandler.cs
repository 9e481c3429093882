using MarketingAutomation.LanguageServer.Features;
using MarketingAutomation.LanguageServer.Hosting;
using MarketingAutomation.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Handlers;

/// <summary>Go to definition, find all references, highlight occurrences.</summary>
internal sealed class NavigationHandler(ServerContext context)
{
    [JsonRpcMethod("textDocument/definition")]
    public Task<IReadOnlyList<Location>> DefinitionAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        context.AnswerAsync("textDocument/definition", request.TextDocument.Uri, d => NavigationFeature.Definition(d, request.Position), [], cancellationToken);

    [JsonRpcMethod("textDocument/references")]
    public Task<IReadOnlyList<Location>> ReferencesAsync(ReferenceParams request, CancellationToken cancellationToken) =>
        context.AnswerAsync(
            "textDocument/references",
            request.TextDocument.Uri,
            d => NavigationFeature.References(d, request.Position, request.Context?.IncludeDeclaration ?? true),
            [],
            cancellationToken);

    [JsonRpcMethod("textDocument/documentHighlight")]
    public Task<IReadOnlyList<DocumentHighlight>> HighlightsAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        context.AnswerAsync("textDocument/documentHighlight", request.TextDocument.Uri, d => NavigationFeature.Highlights(d, request.Position), [], cancellationToken);
}
