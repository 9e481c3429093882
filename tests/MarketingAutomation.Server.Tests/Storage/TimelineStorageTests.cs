using MarketingAutomation.Server.Storage;
using MarketingAutomation.Server.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace MarketingAutomation.Server.Tests.Storage;

/// <summary>The timeline as the store keeps it: one stored row per write, read back entry by entry, and counted for the statistics.</summary>
public sealed class TimelineStorageTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly TestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_last_entries_come_back_oldest_first_across_writes()
    {
        await using var store = await OpenAsync();
        await store.WriteAsync(Write("ala", "e1", Row(0, "entered"), Row(1, "send", channel: "email")));
        await store.WriteAsync(Write("ala", "e2", Row(2, "scoreChanged", journey: null), Row(3, "waiting"), Row(4, "exited", detail: "goal reached")));
        await store.WriteAsync(Write("ola", "e3", Row(5, "entered")));

        var all = await store.TimelineAsync("ala", 1000, CancellationToken.None);
        Assert.Equal(["entered", "send", "scoreChanged", "waiting", "exited"], all.Select(r => r.Kind));
        Assert.Equal(Start.AddMinutes(4), all[^1].At);
        Assert.Equal("goal reached", all[^1].Detail);

        var lastThree = await store.TimelineAsync("ala", 3, CancellationToken.None);
        Assert.Equal(["scoreChanged", "waiting", "exited"], lastThree.Select(r => r.Kind));
        Assert.Equal(["waiting", "exited"], (await store.TimelineAsync("ala", 2, CancellationToken.None)).Select(r => r.Kind));
    }

    [Fact]
    public async Task Entries_are_stored_as_JSON_text_that_SQL_reads_and_keep_text_beyond_ASCII()
    {
        await using (var store = await OpenAsync())
        {
            await store.WriteAsync(Write("ala", "e1", Row(0, "send", channel: "email", detail: "Żółć €")));
            Assert.Equal("Żółć €", Assert.Single(await store.TimelineAsync("ala", 10, CancellationToken.None)).Detail);
        }

        using var connection = new SqliteConnection($"Data Source={folder.Database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT typeof(entries), json_extract(entries, '$[0][2]'), json_extract(entries, '$[0][5]') FROM timeline_batches";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(("text", "send", "Żółć €"), (reader.GetString(0), reader.GetString(1), reader.GetString(2)));
    }

    [Fact]
    public async Task Statistics_count_entries_by_kind_channel_and_line_and_keep_exact_revenue()
    {
        await using var store = await OpenAsync();
        await store.WriteAsync(Write("ala", "e1", Row(0, "entered"), Row(0, "send", channel: "email", line: 7)));
        await store.WriteAsync(Write("ola", "e2", Row(0, "entered"), Row(0, "send", channel: "email", line: 7), Row(0, "send", channel: "sms", line: 9)));
        await store.WriteAsync(Write("ala", "e3", Row(90, "goalReached", amount: 0.1m), Row(90, "exited", detail: "goal reached")));
        await store.WriteAsync(Write("ola", "e4", Row(30, "goalReached", amount: 0.2m), Row(30, "exited", detail: "goal reached")));

        var stats = await store.StatsAsync("welcome", CancellationToken.None);
        Assert.Equal((2, 2, 0, 0), (stats.Entered, stats.Converted, stats.Exited, stats.Waiting));
        Assert.Equal(0.3m, stats.Revenue);
        Assert.Equal(2, stats.SentByChannel["email"]);
        Assert.Equal(1, stats.SentByChannel["sms"]);
        Assert.Equal([TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(90)], stats.TimesToConvert);
        Assert.Equal([("main.journey", 7, "send", 2L), ("main.journey", 9, "send", 1L)], stats.Steps.Select(s => (s.File, s.Line, s.Kind, s.Count)));
    }

    [Fact]
    public async Task A_database_with_one_row_per_entry_is_carried_over_at_start()
    {
        using (var old = new SqliteConnection($"Data Source={folder.Database}"))
        {
            old.Open();
            using var command = old.CreateCommand();
            // The timeline table as servers before timeline batches wrote it.
            command.CommandText = $"""
                CREATE TABLE timeline (seq INTEGER PRIMARY KEY, contact TEXT NOT NULL, at INTEGER NOT NULL, journey TEXT, kind TEXT NOT NULL,
                    channel TEXT, name TEXT, detail TEXT, amount TEXT, text TEXT NOT NULL, file TEXT, line INTEGER, key TEXT);
                INSERT INTO timeline (contact, at, journey, kind, channel, name, detail, amount, text, file, line, key) VALUES
                    ('ala', {Start.ToUnixTimeMilliseconds()}, 'welcome', 'entered', NULL, NULL, NULL, NULL, 'welcome entered', 'main.journey', 3, NULL),
                    ('ala', {Start.AddMinutes(1).ToUnixTimeMilliseconds()}, 'welcome', 'send', 'email', 'hello', NULL, NULL, 'sent email hello', 'main.journey', 7, 'ala:1'),
                    ('ala', {Start.AddMinutes(1).ToUnixTimeMilliseconds()}, NULL, 'scoreChanged', NULL, 'engagement', NULL, NULL, 'engagement +5', NULL, NULL, NULL),
                    ('ala', {Start.AddMinutes(60).ToUnixTimeMilliseconds()}, 'welcome', 'goalReached', NULL, NULL, NULL, '19.99', 'welcome goal reached', 'main.journey', 9, NULL),
                    ('ala', {Start.AddMinutes(60).ToUnixTimeMilliseconds()}, 'welcome', 'exited', NULL, NULL, 'goal reached', NULL, 'welcome exited', NULL, NULL, NULL);
                """;
            command.ExecuteNonQuery();
        }

        await using var store = await OpenAsync();
        var timeline = await store.TimelineAsync("ala", 1000, CancellationToken.None);
        Assert.Equal(["entered", "send", "scoreChanged", "goalReached", "exited"], timeline.Select(r => r.Kind));
        Assert.Equal(("email", "hello", "ala:1", 7), (timeline[1].Channel, timeline[1].Name, timeline[1].Key, timeline[1].Line));
        Assert.Equal(19.99m, timeline[3].Amount);

        var stats = await store.StatsAsync("welcome", CancellationToken.None);
        Assert.Equal((1, 1, 0, 0), (stats.Entered, stats.Converted, stats.Exited, stats.Waiting));
        Assert.Equal(19.99m, stats.Revenue);
        Assert.Equal([TimeSpan.FromMinutes(60)], stats.TimesToConvert);
        Assert.Equal(3, stats.Steps.Count);

        // New writes go on after the carried-over entries.
        await store.WriteAsync(Write("ala", "e9", Row(120, "entered")));
        Assert.Equal(2, (await store.StatsAsync("welcome", CancellationToken.None)).Entered);
        Assert.Equal("entered", (await store.TimelineAsync("ala", 1, CancellationToken.None)).Single().Kind);
    }

    private async Task<SqliteJourneyStore> OpenAsync()
    {
        var store = new SqliteJourneyStore(folder.Database, NullLogger<SqliteJourneyStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    private static ContactWrite Write(string contact, string eventId, params TimelineRow[] rows) =>
        new(contact, 1, [1], null, null, [eventId], [], rows);

    private static TimelineRow Row(int minute, string kind, string? journey = "welcome", string? channel = null, string? detail = null, decimal? amount = null, int? line = null) =>
        new(Start.AddMinutes(minute), journey, kind, channel, null, detail, amount, kind, line is null ? null : "main.journey", line, null);
}
