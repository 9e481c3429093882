using System.Diagnostics;
using MarketingAutomation.LanguageServer.Documents;
using MarketingAutomation.LanguageServer.Features;
using MarketingAutomation.LanguageServer.Workspaces;

namespace MarketingAutomation.LanguageServer.Hosting;

/// <summary>What every handler shares: the open documents, the workspaces, the log.</summary>
internal sealed class ServerContext
{
    public ServerContext(ServerLog log, DiagnosticsPublisher diagnostics, System.Text.Json.JsonSerializerOptions wireOptions)
    {
        WireOptions = wireOptions;
        Log = log;
        Guard = new RequestGuard(log);
        Diagnostics = diagnostics;
        Workspaces = new WorkspaceManager(Documents, log);
    }

    public ServerLog Log { get; }

    /// <summary>The options answers are serialized with (the JSON-RPC formatter's own copy).</summary>
    public System.Text.Json.JsonSerializerOptions WireOptions { get; }

    public RequestGuard Guard { get; }

    public DocumentStore Documents { get; } = new();

    public DiagnosticsPublisher Diagnostics { get; }

    public WorkspaceManager Workspaces { get; }

    /// <summary>The latest snapshot of the document's workspace and its tree; null for an unknown document.</summary>
    public async Task<DocumentContext?> GetDocumentAsync(string uri, CancellationToken cancellationToken)
    {
        var path = DocumentUri.ToPath(uri);
        var snapshot = await Workspaces.ProjectFor(path).GetSnapshotAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        return snapshot.FindTree(path) is { } tree ? new DocumentContext(snapshot, tree, snapshot.UriOf(path)) : null;
    }

    /// <summary>
    /// Answers a request about one document from the latest snapshot, guarded: a document the
    /// server cannot find gets <paramref name="whenUnknown"/>, a failure gets an error response.
    /// </summary>
    public Task<T> AnswerAsync<T>(string method, string uri, Func<DocumentContext, T> answer, T whenUnknown, CancellationToken cancellationToken) =>
        Guard.RunAsync(method, async token =>
        {
            var started = Stopwatch.GetTimestamp();
            var document = await GetDocumentAsync(uri, token).ConfigureAwait(false);
            token.ThrowIfCancellationRequested();
            var ready = Stopwatch.GetElapsedTime(started);
            var result = document is null ? whenUnknown : answer(document);
            if (ServerTrace.Enabled)
            {
                ServerTrace.Write($"{method}: snapshot {ready.TotalMilliseconds:F1} ms, total {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms; {ServerTrace.Collections}");
            }

            return result;
        }, cancellationToken);
}
