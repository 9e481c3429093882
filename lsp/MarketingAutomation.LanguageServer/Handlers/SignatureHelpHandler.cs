using MarketingAutomation.LanguageServer.Features;
using MarketingAutomation.LanguageServer.Hosting;
using MarketingAutomation.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Handlers;

internal sealed class SignatureHelpHandler(ServerContext context)
{
    [JsonRpcMethod("textDocument/signatureHelp")]
    public Task<SignatureHelp?> SignatureHelpAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        context.AnswerAsync<SignatureHelp?>("textDocument/signatureHelp", request.TextDocument.Uri, d => SignatureHelpFeature.Get(d, request.Position), null, cancellationToken);
}
