using MarketingAutomation.LanguageServer.Features;
using MarketingAutomation.LanguageServer.Hosting;
using MarketingAutomation.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Handlers;

internal sealed class RenameHandler(ServerContext context)
{
    [JsonRpcMethod("textDocument/prepareRename")]
    public Task<PrepareRenameResult?> PrepareRenameAsync(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        context.AnswerAsync<PrepareRenameResult?>("textDocument/prepareRename", request.TextDocument.Uri, d => RenameFeature.Prepare(d, request.Position), null, cancellationToken);

    /// <summary>A rename that cannot be done answers an error whose message the editor shows.</summary>
    [JsonRpcMethod("textDocument/rename")]
    public Task<WorkspaceEdit?> RenameAsync(RenameParams request, CancellationToken cancellationToken) =>
        context.AnswerAsync<WorkspaceEdit?>(
            "textDocument/rename",
            request.TextDocument.Uri,
            d => RenameFeature.Rename(d, request.Position, request.NewName),
            null,
            cancellationToken);
}
