using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MarketingAutomation.LoadTest;

/// <summary>What one run measured.</summary>
/// <param name="ContactsPerSecond">How fast the shoppers were created before the traffic (each a grain activated and a durable write).</param>
/// <param name="WelcomesDuringTraffic">Welcome emails the sink had before the last batch was answered: how well mail flows while events pour in.</param>
/// <param name="Cpu">Where the machine's processors went while the events were sent.</param>
/// <param name="Drain">The mail sent after the traffic, while the server had nothing else to do.</param>
internal sealed record LoadResult(int Events, double Seconds, double EventsPerSecond, int Contacts, double ContactsPerSecond, int WelcomesArrived, int WelcomesDuringTraffic, double P50Ms, double P99Ms, int Failures, TrafficCpu Cpu, MailDrain Drain);

/// <summary>
/// CPU time used during the traffic, in cores (CPU seconds per second of traffic): the server's,
/// and this process's (the HTTP client sending the events and the SMTP sink taking the mail). On a
/// machine they share, the two together show how much of it was left.
/// </summary>
/// <param name="ServerMicrosecondsPerEvent">The server's CPU time over the events it took: its cost per event, with the mail it sent meanwhile.</param>
internal sealed record TrafficCpu(double ServerCores, double LoadToolCores, double ServerMicrosecondsPerEvent);

/// <summary>
/// The mail that arrived after the traffic ended and until the last welcome email did: the
/// server's backlog, sent while it took no events. Its CPU over those messages is what a message
/// costs the server. Meaningful only where a backlog was left (an unpaced run); zero messages
/// otherwise.
/// </summary>
internal sealed record MailDrain(int Messages, double Seconds, double ServerCores)
{
    public double MessagesPerSecond => Seconds > 0 ? Messages / Seconds : 0;

    public double ServerMicrosecondsPerMessage => Messages > 0 ? ServerCores * Seconds * 1e6 / Messages : 0;
}

/// <summary>
/// One load run against a running server: creates the shoppers, then sends their events in
/// batches from several connections at once, as fast as the server answers (or paced to a rate
/// of events a second), and times each shopper's first email from the moment its sign-up batch
/// was sent to the moment the SMTP sink had it. Each shopper's events travel in one batch, so
/// they reach the server in order.
/// </summary>
/// <param name="name">Starts the run's contact ids, so a warm-up and the measured run on one server never share a contact.</param>
internal sealed class LoadRun(ServerProcess server, SmtpSink sink, LoadSettings settings, string name)
{
    public async Task<LoadResult> RunAsync()
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Connections }) { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ServerProcess.IngestKey);
        var runId = name + DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var traffic = new ShopTraffic(runId, ShopTraffic.DaytimeZone(DateTimeOffset.UtcNow), seed: 42);
        var failures = 0;

        // The shoppers first: creating them is not the traffic being measured, only timed.
        var creating = Stopwatch.GetTimestamp();
        await Parallel.ForAsync(0, settings.Contacts, new ParallelOptions { MaxDegreeOfParallelism = settings.Connections }, async (i, _) =>
        {
            using var response = await http.PutAsJsonAsync($"/v1/contacts/{ShopTraffic.ContactId(runId, i)}", traffic.Contact(i));
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failures);
                Console.Error.WriteLine($"PUT contact {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        });

        var contactsPerSecond = settings.Contacts / Stopwatch.GetElapsedTime(creating).TotalSeconds;
        var batches = Batches(traffic).ToList();
        var events = batches.Sum(b => b.Events.Count);
        var sentAt = new long[settings.Contacts];
        var due = DueOffsets(batches);
        var serverCpuBefore = server.ProcessorTime;
        var ownCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, batches.Count), new ParallelOptions { MaxDegreeOfParallelism = settings.Connections }, async (index, _) =>
        {
            var batch = batches[index];
            if (Stopwatch.GetElapsedTime(started) is var elapsed && elapsed < due[index])
            {
                await Task.Delay(due[index] - elapsed);
            }

            var now = Stopwatch.GetTimestamp();
            foreach (var contact in batch.Contacts)
            {
                sentAt[contact] = now;
            }

            using var response = await http.PostAsJsonAsync("/v1/events", batch.Events);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Add(ref failures, batch.Events.Count);
                Console.Error.WriteLine($"POST events: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        });
        var trafficEnded = Stopwatch.GetTimestamp();
        var seconds = Stopwatch.GetElapsedTime(started, trafficEnded).TotalSeconds;
        var serverCpuAtEnd = server.ProcessorTime;
        var serverCpu = (serverCpuAtEnd - serverCpuBefore).TotalSeconds;
        var ownCpu = (Process.GetCurrentProcess().TotalProcessorTime - ownCpuBefore).TotalSeconds;
        var cpu = new TrafficCpu(serverCpu / seconds, ownCpu / seconds, serverCpu * 1e6 / events);

        // Then wait for the welcome emails, up to a limit: each shopper's first email is its welcome.
        // The server's CPU from the traffic's end to the last welcome is the drain's (noticed within 50 ms).
        var (firstMail, drained) = await WaitForMailsAsync(runId, trafficEnded);
        var drainSeconds = Stopwatch.GetElapsedTime(trafficEnded).TotalSeconds;
        var drainCpu = (server.ProcessorTime - serverCpuAtEnd).TotalSeconds;
        var latencies = new List<double>();
        for (var i = 0; i < settings.Contacts; i++)
        {
            if (firstMail.TryGetValue(ShopTraffic.Email(runId, i), out var arrived))
            {
                latencies.Add(Stopwatch.GetElapsedTime(sentAt[i], arrived).TotalMilliseconds);
            }
        }

        latencies.Sort();
        var duringTraffic = firstMail.Values.Count(arrived => arrived <= trafficEnded);
        return new LoadResult(events, seconds, events / seconds, settings.Contacts, contactsPerSecond, latencies.Count, duringTraffic, Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99), failures, cpu, new MailDrain(drained, drainSeconds, drainCpu / drainSeconds));
    }

    /// <summary>
    /// When each batch is due, from the start of the traffic: with a rate, a batch goes once the
    /// events before it have had their time at that rate (a server that keeps up then takes the
    /// events at the rate offered; one that does not falls behind it); without one, at once.
    /// </summary>
    private TimeSpan[] DueOffsets(List<(List<int> Contacts, List<JsonObject> Events)> batches)
    {
        var due = new TimeSpan[batches.Count];
        long before = 0;
        for (var i = 0; i < batches.Count; i++)
        {
            due[i] = settings.Rate is { } rate ? TimeSpan.FromSeconds(before / (double)rate) : TimeSpan.Zero;
            before += batches[i].Events.Count;
        }

        return due;
    }

    private IEnumerable<(List<int> Contacts, List<JsonObject> Events)> Batches(ShopTraffic traffic)
    {
        var contacts = new List<int>();
        var events = new List<JsonObject>();
        for (var i = 0; i < settings.Contacts; i++)
        {
            var mine = traffic.Events(i).ToList();
            if (events.Count > 0 && events.Count + mine.Count > settings.BatchSize)
            {
                yield return (contacts, events);
                contacts = [];
                events = [];
            }

            contacts.Add(i);
            events.AddRange(mine);
        }

        if (events.Count > 0)
        {
            yield return (contacts, events);
        }
    }

    /// <returns>Each shopper's first email's arrival, and how many of the run's emails (of any kind) arrived after <paramref name="trafficEnded"/>.</returns>
    private async Task<(Dictionary<string, long> First, int AfterTraffic)> WaitForMailsAsync(string runId, long trafficEnded)
    {
        var first = new Dictionary<string, long>(StringComparer.Ordinal);
        var afterTraffic = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(settings.MailWait.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            while (sink.Received.TryDequeue(out var mail))
            {
                if (mail.Recipient.StartsWith(runId + "-", StringComparison.Ordinal))
                {
                    first.TryAdd(mail.Recipient, mail.ArrivedAt);
                    afterTraffic += mail.ArrivedAt > trafficEnded ? 1 : 0;
                }
            }

            if (first.Count >= settings.Contacts || Stopwatch.GetTimestamp() > deadline)
            {
                return (first, afterTraffic);
            }

            await Task.Delay(50);
        }
    }
}
