using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace MarketingAutomation.Server.Tests.Crash;

/// <summary>
/// A client sending one sign-up per contact in small batches, from a few connections at once,
/// with stable event ids. A batch whose request fails (the server was killed under it, or is
/// still starting) is sent again with the same ids until the server answers 200, as a real
/// client would; the server must treat the repeat of anything it already kept as a duplicate.
/// </summary>
internal sealed class SignUpLoad(Uri server, int contacts, int batchSize)
{
    private readonly ConcurrentDictionary<int, IngestAnswer> answers = new();
    private int failedAttempts;
    private int resentBatches;

    public int Batches => (contacts + batchSize - 1) / batchSize;

    /// <summary>Batches the server answered 200 to so far.</summary>
    public int Acknowledged => answers.Count;

    /// <summary>Requests that failed (refused, reset, cut off) and were sent again.</summary>
    public int FailedAttempts => failedAttempts;

    /// <summary>Batches that needed more than one request.</summary>
    public int ResentBatches => resentBatches;

    public IReadOnlyDictionary<int, IngestAnswer> Answers => answers;

    public int SizeOf(int batch) => Math.Min(batchSize, contacts - (batch * batchSize));

    public async Task RunAsync(int connections, TimeSpan pause, CancellationToken cancellationToken)
    {
        var pending = new ConcurrentQueue<int>(Enumerable.Range(0, Batches));
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            // A client of its own per worker: its own connection pool, as separate senders have.
            using var http = Client();
            while (pending.TryDequeue(out var batch))
            {
                await SendUntilAcceptedAsync(http, batch, cancellationToken);
                await Task.Delay(pause, cancellationToken);
            }
        }));
    }

    /// <summary>
    /// Sends every batch once more, as a client replaying its log after a crash of its own
    /// would: a server that applies each event once answers with nothing but duplicates.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, IngestAnswer>> ReplayAsync(CancellationToken cancellationToken)
    {
        using var http = Client();
        var replayed = new Dictionary<int, IngestAnswer>();
        for (var batch = 0; batch < Batches; batch++)
        {
            using var content = new StringContent(Body(batch), Encoding.UTF8, "application/json");
            using var response = await http.PostAsync("/v1/events", content, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"the replay of batch {batch} was answered {(int)response.StatusCode} {text}");
            }

            replayed[batch] = IngestAnswer.Read(text, 0);
        }

        return replayed;
    }

    private HttpClient Client()
    {
        var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ServeProcess.IngestKey);
        return http;
    }

    private async Task SendUntilAcceptedAsync(HttpClient http, int batch, CancellationToken cancellationToken)
    {
        var body = Body(batch);
        // Longer than any restart takes; a server that keeps failing a batch is a finding, not a wait.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var lastFailure = string.Empty;
        for (var attempt = 0; DateTime.UtcNow < deadline; attempt++)
        {
            if (attempt == 1)
            {
                Interlocked.Increment(ref resentBatches);
            }

            try
            {
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await http.PostAsync("/v1/events", content, cancellationToken);
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    answers[batch] = IngestAnswer.Read(text, attempt);
                    return;
                }

                // A 4xx is the test's own mistake and would repeat forever; only a server error is worth another try.
                if ((int)response.StatusCode < 500)
                {
                    throw new InvalidOperationException($"batch {batch} was refused: {(int)response.StatusCode} {text}");
                }

                lastFailure = $"{(int)response.StatusCode} {text}";
            }
            catch (HttpRequestException e)
            {
                // Refused while the server is down, or reset when it was killed mid-request.
                lastFailure = e.Message;
            }
            catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                // No answer in time: the same as no answer at all.
                lastFailure = e.Message;
            }

            Interlocked.Increment(ref failedAttempts);
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }

        throw new InvalidOperationException($"batch {batch} was not accepted within 60 s; last failure: {lastFailure}");
    }

    private string Body(int batch)
    {
        var first = batch * batchSize;
        var events = Enumerable.Range(first, Math.Min(batchSize, contacts - first)).Select(i => new
        {
            id = $"signup-{CrashWorkspace.Contact(i)}",
            contact = CrashWorkspace.Contact(i),
            @event = "signed_up",
            data = new { email = CrashWorkspace.Email(i) },
        });
        return JsonSerializer.Serialize(events);
    }
}

/// <summary>The server's answer to one batch: what it accepted now and what it had already.</summary>
internal sealed record IngestAnswer(int Accepted, int Duplicates, int Rejected, int Attempt)
{
    public static IngestAnswer Read(string json, int attempt)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new IngestAnswer(root.GetProperty("accepted").GetInt32(), root.GetProperty("duplicates").GetInt32(), root.GetProperty("rejected").GetInt32(), attempt);
    }
}
