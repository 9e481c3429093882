using MarketingAutomation.LanguageServer.Features;
using MarketingAutomation.LanguageServer.Hosting;
using MarketingAutomation.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Handlers;

/// <summary>The outline of a document and symbol search over every workspace.</summary>
internal sealed class SymbolHandler(ServerContext context)
{
    [JsonRpcMethod("textDocument/documentSymbol")]
    public Task<IReadOnlyList<DocumentSymbol>> DocumentSymbolsAsync(TextDocumentParams request, CancellationToken cancellationToken) =>
        context.AnswerAsync("textDocument/documentSymbol", request.TextDocument.Uri, SymbolFeature.DocumentSymbols, [], cancellationToken);

    [JsonRpcMethod("workspace/symbol")]
    public Task<IReadOnlyList<SymbolInformation>> WorkspaceSymbolsAsync(WorkspaceSymbolParams request, CancellationToken cancellationToken) =>
        context.Guard.RunAsync("workspace/symbol", async token =>
        {
            var snapshots = await Task.WhenAll(context.Workspaces.All().Select(p => p.GetSnapshotAsync())).WaitAsync(token).ConfigureAwait(false);
            return SymbolFeature.WorkspaceSymbols(snapshots, request.Query ?? string.Empty);
        }, cancellationToken);
}
