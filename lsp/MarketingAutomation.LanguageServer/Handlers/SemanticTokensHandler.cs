using MarketingAutomation.LanguageServer.Features;
using MarketingAutomation.LanguageServer.Hosting;
using MarketingAutomation.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Handlers;

internal sealed class SemanticTokensHandler(ServerContext context)
{
    [JsonRpcMethod("textDocument/semanticTokens/full")]
    public Task<SemanticTokens> FullAsync(TextDocumentParams request, CancellationToken cancellationToken) =>
        context.AnswerAsync("textDocument/semanticTokens/full", request.TextDocument.Uri, SemanticTokensFeature.Get, new SemanticTokens([]), cancellationToken);
}
