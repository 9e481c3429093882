using System.Text.Json;
using MarketingAutomation.LanguageServer.Documents;
using MarketingAutomation.LanguageServer.Features;
using MarketingAutomation.LanguageServer.Hosting;
using MarketingAutomation.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Handlers;

/// <summary>initialize, initialized, shutdown, exit, and workspace folders coming and going.</summary>
internal sealed class LifecycleHandler(ServerContext context)
{
    private readonly TaskCompletionSource exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Exited => exited.Task;

    public bool ShutdownRequested { get; private set; }

    [JsonRpcMethod("initialize")]
    public Task<InitializeResult> InitializeAsync(InitializeParams request, CancellationToken cancellationToken) =>
        context.Guard.RunAsync("initialize", _ =>
        {
            ServerTrace.Write("initialize");
            context.Workspaces.AddRoots(RootFolders(request));

            // Start building now: the client's `initialized`, which triggers the first publish,
            // comes after our answer, and the build takes longer than the handshake. Warming the
            // editor features waits for it (failed or not: failures are the publisher's to report),
            // so the two do not share the CPU on a small machine.
            var builds = context.Workspaces.All().Select(p => p.GetSnapshotAsync()).ToList();
            Task.WhenAll(builds).ContinueWith(done => Warmup.Start(context.WireOptions), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);

            var version = typeof(LifecycleHandler).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            return new InitializeResult(Capabilities(), new ServerInfo("journey-language-server", version));
        }, cancellationToken);

    /// <summary>The client is ready: check every workspace and publish what is wrong in all of it.</summary>
    [JsonRpcMethod("initialized")]
    public void Initialized(JsonElement? unused = null) => context.Guard.Notify("initialized", PublishAll);

    // Clients differ in what they send as params here (none, null, {}); none of it matters.
    [JsonRpcMethod("shutdown")]
    public object? Shutdown(JsonElement? unused = null)
    {
        ShutdownRequested = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit(JsonElement? unused = null) => exited.TrySetResult();

    [JsonRpcMethod("workspace/didChangeWorkspaceFolders")]
    public void DidChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams request) =>
        context.Guard.Notify("workspace/didChangeWorkspaceFolders", () =>
        {
            context.Workspaces.AddRoots(request.Event.Added.Select(f => DocumentUri.ToPath(f.Uri)));
            PublishAll();
        });

    private void PublishAll()
    {
        foreach (var project in context.Workspaces.All())
        {
            context.Diagnostics.Schedule(project, immediately: true);
        }
    }

    private static IEnumerable<string> RootFolders(InitializeParams request)
    {
        if (request.WorkspaceFolders is { Count: > 0 } folders)
        {
            return folders.Select(f => DocumentUri.ToPath(f.Uri));
        }

        if (request.RootUri is { } rootUri)
        {
            return [DocumentUri.ToPath(rootUri)];
        }

        return request.RootPath is { } rootPath ? [rootPath] : [];
    }

    private static ServerCapabilities Capabilities() => new()
    {
        TextDocumentSync = new TextDocumentSyncOptions(true, TextDocumentSyncKind.Incremental, new SaveOptions(false)),
        CompletionProvider = new CompletionOptions([".", " ", "("], false),
        HoverProvider = true,
        SignatureHelpProvider = new SignatureHelpOptions(["(", ","], [","]),
        DefinitionProvider = true,
        ReferencesProvider = true,
        DocumentHighlightProvider = true,
        RenameProvider = new RenameOptions(true),
        DocumentSymbolProvider = true,
        WorkspaceSymbolProvider = true,
        FoldingRangeProvider = true,
        DocumentFormattingProvider = true,
        SemanticTokensProvider = new SemanticTokensOptions(SemanticTokensFeature.Legend, true, false),
        CodeActionProvider = new CodeActionOptions(["quickfix"]),
        CodeLensProvider = new CodeLensOptions(false),
        Workspace = new WorkspaceServerCapabilities(new WorkspaceFoldersServerCapabilities(true, true)),
    };
}
