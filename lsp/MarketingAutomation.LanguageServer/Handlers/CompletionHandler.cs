using MarketingAutomation.LanguageServer.Features;
using MarketingAutomation.LanguageServer.Hosting;
using MarketingAutomation.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Handlers;

internal sealed class CompletionHandler(ServerContext context)
{
    [JsonRpcMethod("textDocument/completion")]
    public Task<CompletionList> CompletionAsync(CompletionParams request, CancellationToken cancellationToken) =>
        context.AnswerAsync("textDocument/completion", request.TextDocument.Uri, d => CompletionFeature.Get(d, request.Position), new CompletionList(false, []), cancellationToken);
}
