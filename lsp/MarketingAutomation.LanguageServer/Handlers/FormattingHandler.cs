using MarketingAutomation.LanguageServer.Features;
using MarketingAutomation.LanguageServer.Hosting;
using MarketingAutomation.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Handlers;

internal sealed class FormattingHandler(ServerContext context)
{
    [JsonRpcMethod("textDocument/formatting")]
    public Task<IReadOnlyList<TextEdit>> FormatAsync(DocumentFormattingParams request, CancellationToken cancellationToken) =>
        context.AnswerAsync("textDocument/formatting", request.TextDocument.Uri, d => FormattingFeature.Format(d.Tree), [], cancellationToken);
}
