using MarketingAutomation.LanguageServer.Handlers;
using MarketingAutomation.LanguageServer.Protocol;
using MarketingAutomation.LanguageServer.Workspaces;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Hosting;

/// <summary>
/// The language server on one connection: JSON-RPC with LSP's Content-Length framing over a pair
/// of streams (stdin and stdout for editors, in-memory pipes for tests).
/// </summary>
internal sealed class JourneyLanguageServer : System.IAsyncDisposable
{
    private readonly JsonRpc rpc;
    private readonly LifecycleHandler lifecycle;

    private JourneyLanguageServer(JsonRpc rpc, ServerContext context, LifecycleHandler lifecycle)
    {
        this.rpc = rpc;
        Context = context;
        this.lifecycle = lifecycle;
    }

    public ServerContext Context { get; }

    /// <summary>Ends when the client sends `exit` or the connection closes.</summary>
    public Task Completion => Task.WhenAny(lifecycle.Exited, rpc.Completion);

    /// <summary>0 after a shutdown-then-exit, 1 when the client left without asking for shutdown.</summary>
    public int ExitCode => lifecycle.ShutdownRequested ? 0 : 1;

    public static JourneyLanguageServer Start(Stream input, Stream output, TextWriter errorOutput, TimeSpan? diagnosticsDelay = null)
    {
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = ProtocolJson.CreateOptions() };
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, formatter))
        {
            // Messages are started one at a time, in the order they came: a didChange must be
            // applied before the request that follows it. Handlers move their work to the thread
            // pool at once, so the reader is never held up by a slow request.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };

        var log = new ServerLog(errorOutput);
        log.Attach(rpc);
        var publisher = new DiagnosticsPublisher(p => rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", p), log)
        {
            Delay = diagnosticsDelay ?? DiagnosticsPublisher.DefaultDelay,
        };
        var context = new ServerContext(log, publisher, formatter.JsonSerializerOptions);
        var lifecycle = new LifecycleHandler(context);
        var options = new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true };
        foreach (var target in Handlers(context, lifecycle))
        {
            rpc.AddLocalRpcTarget(target, options);
        }

        rpc.StartListening();
        return new JourneyLanguageServer(rpc, context, lifecycle);
    }

    private static IEnumerable<object> Handlers(ServerContext context, LifecycleHandler lifecycle) =>
    [
        lifecycle,
        new TextSyncHandler(context),
        new CompletionHandler(context),
        new HoverHandler(context),
        new SignatureHelpHandler(context),
        new NavigationHandler(context),
        new RenameHandler(context),
        new SymbolHandler(context),
        new FoldingHandler(context),
        new FormattingHandler(context),
        new SemanticTokensHandler(context),
        new CodeActionHandler(context),
        new CodeLensHandler(context),
        new JourneyGraphHandler(context),
    ];

    public async ValueTask DisposeAsync()
    {
        rpc.Dispose();
        try
        {
            // A read blocked on standard input does not see the disposal; do not wait on it for long.
            await rpc.Completion.WaitAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or ConnectionLostException or ObjectDisposedException or IOException or TimeoutException)
        {
            // The connection is going away; that is what was asked for.
        }
    }
}
