using MarketingAutomation.LanguageServer.Features;
using MarketingAutomation.LanguageServer.Hosting;
using MarketingAutomation.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Handlers;

internal sealed class CodeLensHandler(ServerContext context)
{
    [JsonRpcMethod("textDocument/codeLens")]
    public Task<IReadOnlyList<CodeLens>> CodeLensesAsync(TextDocumentParams request, CancellationToken cancellationToken) =>
        context.AnswerAsync("textDocument/codeLens", request.TextDocument.Uri, CodeLensFeature.Get, [], cancellationToken);
}
