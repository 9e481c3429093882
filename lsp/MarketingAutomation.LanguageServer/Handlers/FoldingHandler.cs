using MarketingAutomation.LanguageServer.Features;
using MarketingAutomation.LanguageServer.Hosting;
using MarketingAutomation.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Handlers;

internal sealed class FoldingHandler(ServerContext context)
{
    [JsonRpcMethod("textDocument/foldingRange")]
    public Task<IReadOnlyList<FoldingRange>> FoldingRangesAsync(TextDocumentParams request, CancellationToken cancellationToken) =>
        context.AnswerAsync("textDocument/foldingRange", request.TextDocument.Uri, d => FoldingFeature.Get(d.Tree), [], cancellationToken);
}
