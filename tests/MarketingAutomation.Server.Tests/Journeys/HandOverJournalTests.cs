using System.Text.Json;
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
            journal.Append(Delivered("k2", "per", attempts: 1));
        }

        // The second line's end never reached the file: where it should be, the zeros the file was made with.
        var content = File.ReadAllBytes(path);
        var secondLineEnd = LineEnds(content)[1];
        Array.Clear(content, secondLineEnd - 40, 40);
        File.WriteAllBytes(path, content);

        using var reopened = new HandOverJournal(path);
        Assert.Equal(["k1"], reopened.ReadAll().Select(u => u.Key));
    }

    [Fact]
    public void A_new_line_cut_short_over_an_older_one_is_left_out()
    {
        // After the journal was emptied, a line is written over the lines before it. Cut short by
        // a crash, it is the new line's start followed by the old line's rest: never an outcome.
        var path = HandOverJournal.PathFor(folder.Database);
        byte[] beforeTheNewLine;
        byte[] withTheNewLine;
        using (var journal = new HandOverJournal(path))
        {
            journal.Append(Delivered("k1", "ola", attempts: 1));
            journal.Clear();
            beforeTheNewLine = File.ReadAllBytes(path);
            journal.Append(Delivered("k2", "per", attempts: 1));
            withTheNewLine = File.ReadAllBytes(path);
        }

        var lineStart = HandOverJournalFormat.HeaderLength;
        var half = (LineEnds(withTheNewLine)[0] - lineStart) / 2;
        withTheNewLine.AsSpan(lineStart, half).CopyTo(beforeTheNewLine.AsSpan(lineStart));
        File.WriteAllBytes(path, beforeTheNewLine);

        using var reopened = new HandOverJournal(path);
        Assert.Empty(reopened.ReadAll());
    }

    [Fact]
    public void Lines_from_before_the_journal_was_emptied_are_not_read_even_where_no_new_line_covers_them()
    {
        var path = HandOverJournal.PathFor(folder.Database);
        using (var journal = new HandOverJournal(path))
        {
            journal.Append(Delivered("k1", "ola", attempts: 1));
            journal.Append(Delivered("k2", "per", attempts: 1));
            journal.Append(Delivered("k3", "ola", attempts: 2));
            journal.Clear();
            journal.Append(Delivered("k4", "per", attempts: 1));
            Assert.Equal(["k4"], journal.ReadAll().Select(u => u.Key));
        }

        using var reopened = new HandOverJournal(path);
        Assert.Equal(["k4"], reopened.ReadAll().Select(u => u.Key));
    }

    [Fact]
    public void Appends_and_clears_write_over_the_room_the_file_was_made_with()
    {
        // The point of the layout: a synced write that does not change the file's size is the line alone.
        var path = HandOverJournal.PathFor(folder.Database);
        using var journal = new HandOverJournal(path);
        var size = new FileInfo(path).Length;
        for (var i = 0; i < 100; i++)
        {
            journal.Append(Delivered($"k{i}", "ola", attempts: 1));
            if (i % 10 == 9)
            {
                journal.Clear();
            }
        }

        Assert.True(size > 100_000, $"the file was made with {size} bytes");
        Assert.Equal(size, new FileInfo(path).Length);
    }

    [Fact]
    public void A_journal_outgrowing_its_room_keeps_every_line()
    {
        var path = HandOverJournal.PathFor(folder.Database);
        var keys = Enumerable.Range(0, 5_000).Select(i => $"k{i}").ToList();
        using (var journal = new HandOverJournal(path, TimeSpan.FromHours(1)))
        {
            foreach (var key in keys)
            {
                journal.Append(Delivered(key, "ola", attempts: 1));
            }
        }

        using var reopened = new HandOverJournal(path);
        Assert.Equal(keys, reopened.ReadAll().Select(u => u.Key));
    }

    [Fact]
    public void A_generation_whose_header_was_lost_is_never_used_again()
    {
        // A power cut can keep a generation's lines but lose the header that named it (with the
        // journal synced on an interval). The next generation must be a newer one still, or those
        // old lines would be read as new.
        var path = HandOverJournal.PathFor(folder.Database);
        using (var journal = new HandOverJournal(path))
        {
            journal.Clear();
            journal.Append(Delivered("kA", "ola", attempts: 1));
            journal.Append(Delivered("kB", "per", attempts: 1));
        }

        var content = File.ReadAllBytes(path);
        HandOverJournalFormat.Header(1).CopyTo(content, 0);
        File.WriteAllBytes(path, content);

        using (var journal = new HandOverJournal(path))
        {
            Assert.Empty(journal.ReadAll());
            journal.Clear();
            journal.Append(Delivered("kC", "ola", attempts: 1));
        }

        using var reopened = new HandOverJournal(path);
        Assert.Equal(["kC"], reopened.ReadAll().Select(u => u.Key));
    }

    [Fact]
    public void A_journal_written_before_generations_is_read_and_rewritten()
    {
        // One bare JSON line per outcome, appended, the last torn by a crash: the file an earlier
        // version left behind.
        var path = HandOverJournal.PathFor(folder.Database);
        File.WriteAllText(path, JsonSerializer.Serialize(Delivered("k1", "ola", attempts: 1)) + "\n" + """{"Key":"k2","ContactId":"per","Sta""");

        using (var journal = new HandOverJournal(path))
        {
            Assert.Equal(["k1"], journal.ReadAll().Select(u => u.Key));
        }

        Assert.NotNull(HandOverJournalFormat.Generation(File.ReadAllBytes(path)));
        using var reopened = new HandOverJournal(path);
        Assert.Equal(["k1"], reopened.ReadAll().Select(u => u.Key));
    }

    [Fact]
    public void Clear_empties_the_journal_and_later_appends_start_from_the_beginning()
    {
        var path = HandOverJournal.PathFor(folder.Database);
        using (var journal = new HandOverJournal(path))
        {
            journal.Append(Delivered("k1", "ola", attempts: 1));
            journal.Clear();
            Assert.Empty(journal.ReadAll());
            journal.Append(Delivered("k2", "per", attempts: 1));
            Assert.Equal(["k2"], journal.ReadAll().Select(u => u.Key));
        }

        using var reopened = new HandOverJournal(path);
        Assert.Equal(["k2"], reopened.ReadAll().Select(u => u.Key));
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

        // Per's outcome reaches the store once its pass is over, a moment after the hand-over.
        var stats = await Eventually.Get(() => second.GetAsync("/v1/journeys/nudge/stats"), s => s.GetProperty("delivered").GetInt64() >= 2, "per's outcome in the stats");
        Assert.DoesNotContain(delivery.Received, m => m.ContactId == "ola");
        Assert.Equal(2, stats.GetProperty("delivered").GetInt64());
    }

    [Fact]
    public async Task Outcomes_the_store_failed_to_take_are_given_to_it_from_the_journal_and_not_sent_again()
    {
        var workspace = folder.Workspace("nudge", Scripts.Nudge);
        var delivery = new RecordingDelivery();
        await using var server = await RunningServer.StartAsync(folder.Database, workspace, delivery: delivery, services: s => FailingOutcomeWrites.Install(s, folder.Database, failures: 1));
        await server.PutContactAsync("ola", """{"email": "ola@example.com"}""");
        await server.PostEventsAsync("""{"id": "s1", "contact": "ola", "event": "signed_up", "data": {"source": "web"}}""");
        await Eventually.Get(() => server.TimelineAsync("ola"), t => t.Any(l => l.Contains("delivered email hello")), "the outcome on the timeline, from the journal");

        // Another contact's mail shows that passes went over the due rows after the failure.
        await server.PutContactAsync("per", """{"email": "per@example.com"}""");
        await server.PostEventsAsync("""{"id": "s2", "contact": "per", "event": "signed_up", "data": {"source": "web"}}""");
        await Eventually.Get(() => server.TimelineAsync("per"), t => t.Any(l => l.Contains("delivered email hello")), "per's welcome delivered");

        Assert.Single(delivery.Received, m => m.ContactId == "ola");
        Assert.Single(await server.TimelineAsync("ola"), l => l.Contains("delivered email hello"));
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
        await Eventually.Get(() => OutcomesIn(HandOverJournal.PathFor(folder.Database)), n => n == 0, "the journal emptied by the first pass");

        var timeline = await second.TimelineAsync("ola");
        Assert.Single(timeline, l => l.Contains("delivered email hello"));
    }

    /// <summary>How many outcomes the journal's file holds, read beside the server that has it open.</summary>
    private static int OutcomesIn(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var content = new byte[stream.Length];
        stream.ReadExactly(content);
        return HandOverJournalFormat.Generation(content) is { } generation ? HandOverJournalFormat.Read(content, generation).Updates.Count : -1;
    }

    /// <summary>Where each line of the journal's file ends (the offset after its newline).</summary>
    private static List<int> LineEnds(byte[] content) =>
        [.. content.Select((b, i) => (b, i)).Where(x => x.b == (byte)'\n' && x.i >= HandOverJournalFormat.HeaderLength).Select(x => x.i + 1)];

    private static OutboxUpdate Delivered(string key, string contact, int attempts) =>
        new(key, contact, OutboxStatus.Delivered, attempts, Noon, "250 ok", new TimelineRow(
            Noon, "nudge", "delivered", "email", "hello", "250 ok", null, "delivered email hello (250 ok)", null, null, key));
}
