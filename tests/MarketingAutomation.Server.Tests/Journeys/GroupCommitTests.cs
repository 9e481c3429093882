using MarketingAutomation.Server.Storage;
using MarketingAutomation.Server.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace MarketingAutomation.Server.Tests.Journeys;

/// <summary>The store's writer: concurrent writes share transactions, each caller hears back after its own is committed, and one bad write fails alone.</summary>
public sealed class GroupCommitTests : IDisposable
{
    private readonly TestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Concurrent_writes_are_committed_in_fewer_transactions_than_writes()
    {
        await using var store = new SqliteJourneyStore(folder.Database, NullLogger<SqliteJourneyStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        var writes = Enumerable.Range(0, 2000).Select(i => store.WriteAsync(Contact($"c{i}", $"e{i}"))).ToArray();
        await Task.WhenAll(writes);

        Assert.True(store.Transactions < 2000, $"{store.Transactions} transactions for 2000 writes");
        Assert.True(await store.WasProcessedAsync("c1999", "e1999", CancellationToken.None));
    }

    [Fact]
    public async Task A_failing_write_fails_only_its_own_caller()
    {
        await using var store = new SqliteJourneyStore(folder.Database, NullLogger<SqliteJourneyStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        await store.WriteAsync(Contact("a", "e1"));

        // The same event id for the same contact again breaks the table's key: that write fails, its neighbours commit.
        var good1 = store.WriteAsync(Contact("b", "e1"));
        var bad = store.WriteAsync(Contact("a", "e1"));
        var good2 = store.WriteAsync(Contact("c", "e1"));

        await good1;
        await good2;
        var failure = await Assert.ThrowsAsync<SqliteException>(() => bad);
        Assert.Equal(19, failure.SqliteErrorCode); // SQLITE_CONSTRAINT
        Assert.Contains("UNIQUE constraint failed: processed_events", failure.Message, StringComparison.Ordinal);
        Assert.True(await store.WasProcessedAsync("c", "e1", CancellationToken.None));
    }

    private static ContactWrite Contact(string id, string eventId) =>
        new(id, 1, [1, 2, 3], null, null, [eventId], [], []);
}
