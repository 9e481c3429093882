using System.Text.Json;
using System.Text.Json.Serialization;
using MarketingAutomation.LanguageServer.Hosting;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Tests.Infrastructure;

/// <summary>
/// A real JSON-RPC connection to the server over in-memory streams, with LSP framing on both
/// ends. The client side reads answers as raw JSON, so tests see exactly what an editor gets.
/// </summary>
internal sealed class LspSession : IAsyncDisposable
{
    private readonly JsonRpc client;
    private readonly JourneyLanguageServer server;
    private readonly StringWriter serverLog;
    private readonly Dictionary<string, int> versions = new(StringComparer.Ordinal);

    private LspSession(JsonRpc client, JourneyLanguageServer server, StringWriter serverLog, ClientTarget target)
    {
        this.client = client;
        this.server = server;
        this.serverLog = serverLog;
        Diagnostics = target.Diagnostics;
        LogMessages = target.LogMessages;
    }

    public PublishedDiagnostics Diagnostics { get; }

    public List<string> LogMessages { get; }

    public string ServerLog => serverLog.ToString();

    public Task ServerCompletion => server.Completion;

    public int ServerExitCode => server.ExitCode;

    public JsonElement InitializeResult { get; private set; }

    public static async Task<LspSession> StartAsync(string? rootFolder, bool initialize = true, TimeSpan? diagnosticsDelay = null)
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        var serverLog = new StringWriter();
        var server = JourneyLanguageServer.Start(serverStream, serverStream, TextWriter.Synchronized(serverLog), diagnosticsDelay ?? TimeSpan.FromMilliseconds(50));
        var formatter = new SystemTextJsonFormatter
        {
            JsonSerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull },
        };
        var client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
        var target = new ClientTarget();
        client.AddLocalRpcTarget(target, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        client.StartListening();
        var session = new LspSession(client, server, serverLog, target);
        if (initialize)
        {
            var root = rootFolder is null ? null : new Uri(rootFolder).AbsoluteUri;
            session.InitializeResult = await session.RequestAsync("initialize", new { processId = Environment.ProcessId, rootUri = root, capabilities = new { } });
            await session.NotifyAsync("initialized", new { });
        }

        return session;
    }

    public async Task<JsonElement> RequestAsync(string method, object? parameters, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var result = await client.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, timeout.Token);
        return result.Clone();
    }

    public Task NotifyAsync(string method, object? parameters) => client.NotifyWithParameterObjectAsync(method, parameters);

    public async Task<string> OpenAsync(string path, string? text = null)
    {
        var uri = new Uri(path).AbsoluteUri;
        versions[uri] = 1;
        await NotifyAsync("textDocument/didOpen", new
        {
            textDocument = new { uri, languageId = "journey", version = 1, text = text ?? await File.ReadAllTextAsync(path) },
        });
        return uri;
    }

    /// <summary>One incremental edit: replace the range with the text.</summary>
    public Task ChangeAsync(string uri, LspPosition start, LspPosition end, string text) =>
        NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri, version = NextVersion(uri) },
            contentChanges = new[] { new { range = new { start, end }, text } },
        });

    public Task InsertAsync(string uri, LspPosition at, string text) => ChangeAsync(uri, at, at, text);

    public Task ReplaceAllAsync(string uri, string text) =>
        NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri, version = NextVersion(uri) },
            contentChanges = new[] { new { text } },
        });

    public Task<JsonElement> AtAsync(string method, string uri, LspPosition position, object? extra = null) =>
        RequestAsync(method, extra is null
            ? new { textDocument = new { uri }, position }
            : Merge(new { textDocument = new { uri }, position }, extra));

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
    }

    private int NextVersion(string uri) => versions[uri] = versions.GetValueOrDefault(uri) + 1;

    private static Dictionary<string, object?> Merge(object first, object second)
    {
        var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var source in new[] { first, second })
        {
            foreach (var property in source.GetType().GetProperties())
            {
                merged[property.Name] = property.GetValue(source);
            }
        }

        return merged;
    }

    /// <summary>What the server sends the client unasked.</summary>
    private sealed class ClientTarget
    {
        public PublishedDiagnostics Diagnostics { get; } = new();

        public List<string> LogMessages { get; } = [];

        [JsonRpcMethod("textDocument/publishDiagnostics")]
        public void PublishDiagnostics(JsonElement notification) => Diagnostics.Add(notification);

        [JsonRpcMethod("window/logMessage")]
        public void LogMessage(JsonElement notification)
        {
            lock (LogMessages)
            {
                LogMessages.Add(notification.GetProperty("message").GetString() ?? string.Empty);
            }
        }
    }
}
