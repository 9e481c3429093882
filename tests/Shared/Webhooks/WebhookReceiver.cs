using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace MarketingAutomation.Testing;

/// <summary>
/// A real HTTP server on loopback that records each request and answers with the status the
/// path asks for: <c>/status/503</c> answers 503, <c>/slow</c> never answers in time.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;

    public WebhookReceiver()
    {
        // Port 0 is not offered by HttpListener; a free port is taken and, should another process
        // take it in between, the next one tried.
        for (var attempt = 0; ; attempt++)
        {
            Port = FreePort.Next();
            listener.Prefixes.Clear();
            listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            try
            {
                listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
            }
        }

        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public void Dispose()
    {
        stopping.Cancel();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Closing the listener ends the loop with an exception; that is how it stops.
        }

        stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.AllKeys.OfType<string>()
            .ToDictionary(k => k, k => context.Request.Headers[k] ?? string.Empty, StringComparer.OrdinalIgnoreCase);
        var path = context.Request.Url?.AbsolutePath ?? "/";
        Requests.Enqueue(new RecordedRequest(path, headers, body));

        if (path == "/slow")
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), stopping.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }

        var status = path.StartsWith("/status/", StringComparison.Ordinal) && int.TryParse(path["/status/".Length..], out var code) ? code : 200;
        try
        {
            context.Response.StatusCode = status;
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
        {
            // The client gave up first (the slow path); nothing to answer.
        }
    }
}

public sealed record RecordedRequest(string Path, IReadOnlyDictionary<string, string> Headers, string Body);
