using MarketingAutomation.LanguageServer.Features;
using MarketingAutomation.LanguageServer.Hosting;
using MarketingAutomation.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Handlers;

internal sealed class CodeActionHandler(ServerContext context)
{
    [JsonRpcMethod("textDocument/codeAction")]
    public Task<IReadOnlyList<CodeAction>> CodeActionsAsync(CodeActionParams request, CancellationToken cancellationToken) =>
        context.AnswerAsync("textDocument/codeAction", request.TextDocument.Uri, d => CodeActionFeature.Get(d, request.Range), [], cancellationToken);
}
