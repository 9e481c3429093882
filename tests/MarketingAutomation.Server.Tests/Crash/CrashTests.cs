using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using MarketingAutomation.Server.Tests.Infrastructure;
using MarketingAutomation.Testing;
using Xunit.Abstractions;

namespace MarketingAutomation.Server.Tests.Crash;

/// <summary>
/// `ma serve` under load, killed with SIGKILL several times and started again on the same
/// database: afterwards every accepted event was applied exactly once, the SMTP server received
/// every due message, and a message it received twice has one Message-ID and lies in a kill's
/// hand-over window (sent, then killed before the outbox row was marked delivered).
/// </summary>
public sealed class CrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Contacts = 600;
    private const int BatchSize = 20;
    private const int Connections = 2;

    // Kills while the load runs, after these shares of the batches were acknowledged; one more
    // follows once every batch is in, while the outbox may still be handing mail over.
    private static readonly double[] KillDuringLoadAfter = [0.2, 0.45, 0.7];

    private readonly TestFolder folder = new();
    private readonly SmtpSink sink = new();
    private readonly List<Kill> kills = [];
    private ServeProcess? server;

    public void Dispose()
    {
        server?.Dispose();
        sink.Dispose();
        folder.Dispose();
    }

    /// <param name="repeatsPerCrash">`Outbox:MaxRepeatsPerCrash`: 1 is the default; 4, as wide as the default lanes, lets every lane be past its point of no return at once.</param>
    /// <param name="journalSyncMilliseconds">`Outbox:JournalSyncMilliseconds`: 0 is the default; above it outcomes reach the disk later, but a killed process must still lose none.</param>
    [Theory]
    [InlineData(1, 0)]
    [InlineData(4, 0)]
    [InlineData(1, 20)]
    public async Task Killed_and_restarted_under_load_applies_every_event_once_and_sends_every_message(int repeatsPerCrash, int journalSyncMilliseconds)
    {
        var clock = Stopwatch.StartNew();
        var settings = new Dictionary<string, string>();
        if (repeatsPerCrash != 1)
        {
            settings["Outbox__MaxRepeatsPerCrash"] = repeatsPerCrash.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (journalSyncMilliseconds != 0)
        {
            settings["Outbox__JournalSyncMilliseconds"] = journalSyncMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        server = new ServeProcess(CrashWorkspace.Write(folder.Path), Path.Combine(folder.Path, "crash.db"), FreePort.Next(), sink.Port, settings);
        await server.StartAsync();
        var mail = new MailArrivals(sink.Directory);
        var load = new SignUpLoad(server.Address, Contacts, BatchSize);
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var sending = load.RunAsync(Connections, TimeSpan.FromMilliseconds(60), giveUp.Token);

        foreach (var share in KillDuringLoadAfter)
        {
            await Until(() => load.Acknowledged >= share * load.Batches || sending.IsCompleted, $"{share:P0} of the batches acknowledged", TimeSpan.FromMinutes(2));
            await KillAndRestartAsync(mail, load);
        }

        await sending;
        await KillAndRestartAsync(mail, load);

        using var admin = new HttpClient { BaseAddress = server.Address };
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ServeProcess.AdminKey);
        var stats = await DrainedAsync(admin, mail);
        var arrivals = mail.Refresh();
        var duplicates = HandOverWindows.Duplicates(arrivals, kills);
        output.WriteLine(journalSyncMilliseconds == 0 ? "hand-over journal synced on every append" : $"hand-over journal synced every {journalSyncMilliseconds} ms");
        Report(clock.Elapsed, load, arrivals, duplicates, repeatsPerCrash);

        AssertEveryBatchKeptOnce(load);
        AssertAppliedOnce(stats);
        AssertEveryMessageReceived(arrivals);
        AssertDuplicatesInHandOverWindows(duplicates, repeatsPerCrash);

        var replayed = await load.ReplayAsync(giveUp.Token);
        var appliedAgain = replayed.Where(r => r.Value.Accepted != 0 || r.Value.Duplicates != load.SizeOf(r.Key)).ToList();
        Assert.True(appliedAgain.Count == 0, $"{appliedAgain.Count} of {replayed.Count} replayed batches were not all duplicates, e.g. batch {appliedAgain.FirstOrDefault().Key}: {appliedAgain.FirstOrDefault().Value}");
        AssertAppliedOnce(JsonDocument.Parse(await admin.GetStringAsync($"/v1/journeys/{CrashWorkspace.Journey}/stats")).RootElement);
        Assert.True(kills.Count >= 3, $"only {kills.Count} kills");
        Assert.True(kills.Any(k => k.MailFlowing), "no kill happened while mail was being handed over, so the hand-over window was never tested");
    }

    /// <summary>SIGKILL, noting whether mail was flowing just then, and a start on the same database.</summary>
    private async Task KillAndRestartAsync(MailArrivals mail, SignUpLoad load)
    {
        var running = server ?? throw new InvalidOperationException("no server");
        var before = mail.Count();
        var flowing = false;
        // Wait briefly for a message to arrive, so the kill lands among hand-overs when there are any.
        for (var i = 0; i < 40 && !flowing; i++)
        {
            await Task.Delay(25);
            flowing = mail.Count() > before;
        }

        var acknowledged = load.Acknowledged;
        var killedAt = DateTime.UtcNow;
        await running.KillAsync();
        await SettledAsync(mail);
        var restartedAt = DateTime.UtcNow;
        var kill = new Kill(kills.Count + 1, killedAt, restartedAt, flowing, acknowledged);
        kills.Add(kill);
        await running.StartAsync();
        kill.ReadyAtUtc = DateTime.UtcNow;
    }

    /// <summary>
    /// Waits until the sink stops writing what the killed server had fully sent: under load it
    /// writes a message a little after receiving it, so without this a copy from the dead
    /// process could carry a time after the restart and be taken for the new process's.
    /// </summary>
    private static async Task SettledAsync(MailArrivals mail)
    {
        var quietSince = DateTime.UtcNow;
        var deadline = quietSince.AddSeconds(10);
        var count = mail.Count();
        while (DateTime.UtcNow - quietSince < TimeSpan.FromMilliseconds(500) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            if (mail.Count() is var now && now != count)
            {
                (count, quietSince) = (now, DateTime.UtcNow);
            }
        }
    }

    /// <summary>Waits, bounded, until the outbox has delivered everything and the sink holds every message.</summary>
    private static async Task<JsonElement> DrainedAsync(HttpClient admin, MailArrivals mail)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var stats = JsonDocument.Parse(await admin.GetStringAsync($"/v1/journeys/{CrashWorkspace.Journey}/stats")).RootElement;
            var distinct = mail.Refresh().Select(a => a.MessageId).Distinct().Count();
            if ((stats.GetProperty("delivered").GetInt32() >= Contacts && distinct >= Contacts) || DateTime.UtcNow > deadline)
            {
                return stats;
            }

            await Task.Delay(250);
        }
    }

    private static void AssertEveryBatchKeptOnce(SignUpLoad load)
    {
        Assert.Equal(load.Batches, load.Answers.Count);
        foreach (var (batch, answer) in load.Answers)
        {
            var size = load.SizeOf(batch);
            Assert.True(answer.Rejected == 0 && answer.Accepted + answer.Duplicates == size, $"batch {batch}: {answer}");
            // Only a repeat can find events the server already has: the first attempt was kept
            // though its answer was lost to the kill.
            Assert.True(answer.Duplicates == 0 || answer.Attempt > 0, $"batch {batch} was sent once yet had duplicates: {answer}");
        }
    }

    /// <summary>Each sign-up enters the journey (`entry every time`) and sends once per application, so any event applied twice shows here.</summary>
    private static void AssertAppliedOnce(JsonElement stats)
    {
        Assert.Equal(Contacts, stats.GetProperty("entered").GetInt32());
        Assert.Equal(Contacts, stats.GetProperty("sent").GetProperty("email").GetInt32());
        Assert.Equal(Contacts, stats.GetProperty("delivered").GetInt32());
        Assert.Equal(0, stats.GetProperty("deliveryFailed").GetInt32());
    }

    /// <summary>One Message-ID per contact, to that contact's address, and nothing else.</summary>
    private static void AssertEveryMessageReceived(IReadOnlyList<Arrival> arrivals)
    {
        var idsByRecipient = arrivals.GroupBy(a => a.To).ToDictionary(g => g.Key, g => g.Select(a => a.MessageId).Distinct().ToList());
        var missing = Enumerable.Range(0, Contacts).Select(CrashWorkspace.Email).Where(e => !idsByRecipient.ContainsKey(e)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} contacts got no message, e.g. {string.Join(", ", missing.Take(5))}");
        var doubled = idsByRecipient.Where(r => r.Value.Count != 1).Select(r => $"{r.Key}: {string.Join(" ", r.Value)}").ToList();
        Assert.True(doubled.Count == 0, $"contacts with more than one distinct message: {string.Join("; ", doubled.Take(5))}");
        Assert.Equal(Contacts, idsByRecipient.Count);
        Assert.Equal(Contacts, arrivals.Select(a => a.MessageId).Distinct().Count());
        Assert.DoesNotContain(arrivals, a => a.MessageId.Length == 0);
    }

    /// <summary>
    /// Every repeat follows a kill that caught its copy between the SMTP server's acceptance and
    /// the outbox's mark. The lanes overlap everything else, but only as many hand-overs at a time
    /// as the window is wide are in it (one by default), so one kill can catch that many messages,
    /// never more; the test reports how many it did.
    /// </summary>
    private void AssertDuplicatesInHandOverWindows(IReadOnlyList<Duplicate> duplicates, int repeatsPerCrash)
    {
        var outside = duplicates.Where(d => d.Windows is null).ToList();
        Assert.True(outside.Count == 0, $"{outside.Count} messages received more than once outside any kill's hand-over window, e.g. "
            + string.Join("; ", outside.Take(5).Select(d => $"{d.MessageId} at {string.Join(", ", d.Arrivals.Select(t => t.ToString("HH:mm:ss.fff")))}")));
        foreach (var kill in kills)
        {
            var caught = HandOverWindows.RepeatsIn(kill, duplicates);
            // `ma serve` runs with the default lanes, several of them.
            Assert.True(caught <= repeatsPerCrash, $"kill {kill.Number} repeated {caught} messages; at most {repeatsPerCrash} hand-overs at a time are past their point of no return");
        }
    }

    private void Report(TimeSpan elapsed, SignUpLoad load, IReadOnlyList<Arrival> arrivals, IReadOnlyList<Duplicate> duplicates, int repeatsPerCrash)
    {
        output.WriteLine($"{Contacts} contacts in {load.Batches} batches of {BatchSize} over {Connections} connections, at most {repeatsPerCrash} repeat(s) per crash; {elapsed.TotalSeconds:F1} s");
        foreach (var kill in kills)
        {
            output.WriteLine($"kill {kill.Number} at {kill.KilledAtUtc:HH:mm:ss.fff} after {kill.BatchesAcknowledged} batches, mail flowing: {kill.MailFlowing}, serving again after {(kill.ReadyAtUtc - kill.KilledAtUtc).TotalSeconds:F1} s; "
                + $"repeats in its window: {HandOverWindows.RepeatsIn(kill, duplicates)}{WindowSpan(kill, duplicates)}");
        }

        output.WriteLine($"kills {kills.Count}, resent batches {load.ResentBatches} ({load.FailedAttempts} failed requests), "
            + $"batches answered with duplicates {load.Answers.Values.Count(a => a.Duplicates > 0)}");
        output.WriteLine($"messages received {arrivals.Count}, distinct Message-IDs {arrivals.Select(a => a.MessageId).Distinct().Count()}, received more than once {duplicates.Count} ({duplicates.Sum(d => d.Arrivals.Count - 1)} repeats)");
    }

    /// <summary>When the copies a kill caught reached the SMTP server, relative to the kill: how wide its hand-over window was.</summary>
    private static string WindowSpan(Kill kill, IReadOnlyList<Duplicate> duplicates)
    {
        var offsets = duplicates
            .SelectMany(d => d.Windows is { } windows ? windows.Select((window, i) => (window, arrival: d.Arrivals[i])) : [])
            .Where(caught => caught.window == kill)
            .Select(caught => (caught.arrival - kill.KilledAtUtc).TotalMilliseconds)
            .ToList();
        // A copy can be written after the kill: the sink finishes a message the dead server had sent whole.
        return offsets.Count == 0 ? string.Empty : $" (caught copies arrived {offsets.Min():+0;-0} to {offsets.Max():+0;-0} ms from the kill)";
    }

    private static async Task Until(Func<bool> condition, string what, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"waited {timeout.TotalSeconds} s for {what}");
            }

            await Task.Delay(20);
        }
    }
}
