using MarketingAutomation.Delivery;
using MarketingAutomation.Server.Outbox;
using MarketingAutomation.Server.Storage;
using MarketingAutomation.Server.Tests.Infrastructure;

namespace MarketingAutomation.Server.Tests.Journeys;

/// <summary>
/// The hand-over journal: outcomes written there survive the process, a torn last line is left
/// out, and a server started after a crash records what the journal kept instead of sending again.
/// </summary>
public sealed class HandOverJournalTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private readonly TestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Outcomes_are_read_back_by_a_new_journal_in_the_order_written()
    {
        var path = HandOverJournal.PathFor(folder.Database);
        var delivered = Delivered("k1", "ola", attempts: 1);
        var retried = new OutboxUpdate("k2", "per", OutboxStatus.Pending, 3, Noon.AddMinutes(4), "421 try later", null);
        using (var journal = new HandOverJournal(path))
        {
            journal.Append(delivered);
            journal.Append(retried);
        }

        using var reopened = new HandOverJournal(path);
        var read = reopened.ReadAll();

        Assert.Equal([delivered, retried], read);
    }

    [Fact]
    public void With_a_sync_interval_an_outcome_is_in_the_file_as_soon_as_it_is_appended()
    {
        // In the file, not in a buffer of the process: a killed process loses nothing appended,
        // though the interval (an hour here) has not come round to sync it to the disk.
        using var journal = new HandOverJournal(HandOverJournal.PathFor(folder.Database), TimeSpan.FromHours(1));
        journal.Append(Delivered("k1", "ola", attempts: 1));

        using var reader = new FileStream(journal.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var text = new StreamReader(reader);
        Assert.Contains("\"k1\"", text.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_sync_interval_outcomes_are_read_back_by_a_new_journal_and_clear_still_empties_the_file()
    {
        var path = HandOverJournal.PathFor(folder.Database);
        using (var journal = new HandOverJournal(path, TimeSpan.FromMilliseconds(5)))
        {
            journal.Append(Delivered("k1", "ola", attempts: 1));
            journal.Clear();
            journal.Append(Delivered("k2", "per", attempts: 1));
            journal.Append(Delivered("k3", "ola", attempts: 2));
        }

        using var reopened = new HandOverJournal(path, TimeSpan.FromMilliseconds(5));
        Assert.Equal(["k2", "k3"], reopened.ReadAll().Select(u => u.Key));
    }

    [Fact]
    public void A_line_cut_short_by_a_crash_is_left_out()
    {
        var path = HandOverJournal.PathFor(folder.Database);
        using (var journal = new HandOverJournal(path))
        {
            journal.Append(Delivered("k1", "ola", attempts: 1));
        }

        File.AppendAllText(path, """{"Key":"k2","ContactId":"per","Sta""");

        using var reopened = new HandOverJournal(path);
        Assert.Equal(["k1"], reopened.ReadAll().Select(u => u.Key));
    }

    [Fact]
    public void Clear_empties_the_file_and_later_appends_start_from_the_beginning()
    {
        using var journal = new HandOverJournal(HandOverJournal.PathFor(folder.Database));
        journal.Append(Delivered("k1", "ola", attempts: 1));
        journal.Clear();
        journal.Append(Delivered("k2", "per", attempts: 1));

        Assert.Equal(["k2"], journal.ReadAll().Select(u => u.Key));
        Assert.Single(File.ReadAllLines(journal.Path));
    }

    [Fact]
    public async Task An_outcome_the_store_missed_is_recorded_at_the_next_start_and_not_sent_again()
    {
        var workspace = folder.Workspace("nudge", Scripts.Nudge);
        var time = new ManualTime();
        var refusing = new RecordingDelivery { Answer = _ => new DeliveryOutcome(DeliveryStatus.TransientFailure, "connection refused") };
        string key;
        await using (var first = await RunningServer.StartAsync(folder.Database, workspace, time, refusing))
        {
            await first.PutContactAsync("ola", """{"email": "ola@example.com"}""");
            await first.PostEventsAsync("""{"id": "s1", "contact": "ola", "event": "signed_up", "data": {"source": "web"}}""");
            key = (await Eventually.Get(() => refusing.Received, r => r.Count == 1, "the refused first attempt"))[0].Key;
        }

        // The second attempt went out and its outcome reached the journal, then the process died
        // before the store took it: the store still says "pending, one attempt".
        using (var journal = new HandOverJournal(HandOverJournal.PathFor(folder.Database)))
        {
            journal.Append(Delivered(key, "ola", attempts: 2));
        }

        var delivery = new RecordingDelivery();
        await using var second = await RunningServer.StartAsync(folder.Database, workspace, time, delivery);
        await Eventually.Get(() => second.TimelineAsync("ola"), t => t.Any(l => l.Contains("delivered email hello")), "the journal's outcome on the timeline");

        // The retry is due now. Another contact's mail, due later than the retry, shows that a pass
        // went over the due rows after it.
        time.Advance(TimeSpan.FromMinutes(5));
        await second.PutContactAsync("per", """{"email": "per@example.com"}""");
        await second.PostEventsAsync("""{"id": "s2", "contact": "per", "event": "signed_up", "data": {"source": "web"}}""");
        await Eventually.Get(() => delivery.Received, r => r.Any(m => m.ContactId == "per"), "per's welcome");

        Assert.DoesNotContain(delivery.Received, m => m.ContactId == "ola");
        var stats = await second.GetAsync("/v1/journeys/nudge/stats");
        Assert.Equal(2, stats.GetProperty("delivered").GetInt64());
    }

    [Fact]
    public async Task An_outcome_the_store_already_has_is_not_recorded_twice()
    {
        var workspace = folder.Workspace("nudge", Scripts.Nudge);
        var time = new ManualTime();
        var delivery = new RecordingDelivery();
        string key;
        await using (var first = await RunningServer.StartAsync(folder.Database, workspace, time, delivery))
        {
            await first.PutContactAsync("ola", """{"email": "ola@example.com"}""");
            await first.PostEventsAsync("""{"id": "s1", "contact": "ola", "event": "signed_up", "data": {"source": "web"}}""");
            await Eventually.Get(() => first.TimelineAsync("ola"), t => t.Any(l => l.Contains("delivered email hello")), "the delivery on the timeline");
            key = delivery.Received[0].Key;
        }

        // The process died after the store took the outcome but before the journal was emptied.
        using (var journal = new HandOverJournal(HandOverJournal.PathFor(folder.Database)))
        {
            journal.Append(Delivered(key, "ola", attempts: 1));
        }

        await using var second = await RunningServer.StartAsync(folder.Database, workspace, time, new RecordingDelivery());
        await Eventually.Get(() => (int)new FileInfo(HandOverJournal.PathFor(folder.Database)).Length, n => n == 0, "the journal emptied by the first pass");

        var timeline = await second.TimelineAsync("ola");
        Assert.Single(timeline, l => l.Contains("delivered email hello"));
    }

    private static OutboxUpdate Delivered(string key, string contact, int attempts) =>
        new(key, contact, OutboxStatus.Delivered, attempts, Noon, "250 ok", new TimelineRow(
            Noon, "nudge", "delivered", "email", "hello", "250 ok", null, "delivered email hello (250 ok)", null, null, key));
}
