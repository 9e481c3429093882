using MarketingAutomation.LanguageServer.Features;
using MarketingAutomation.LanguageServer.Hosting;
using MarketingAutomation.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Handlers;

internal sealed class HoverHandler(ServerContext context)
{
    [JsonRpcMethod("textDocument/hover")]
    public Task<Hover?> HoverAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        context.AnswerAsync<Hover?>("textDocument/hover", request.TextDocument.Uri, d => HoverFeature.Get(d, request.Position), null, cancellationToken);
}
