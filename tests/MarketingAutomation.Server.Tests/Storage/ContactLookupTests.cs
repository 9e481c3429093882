using MarketingAutomation.Server.Storage;
using MarketingAutomation.Server.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace MarketingAutomation.Server.Tests.Storage;

/// <summary>One read tells a contact's grain what the store knows of its id: a stored contact, the contact it merged into, or nothing.</summary>
public sealed class ContactLookupTests : IDisposable
{
    private readonly TestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task An_id_is_found_stored_merged_into_another_or_not_at_all()
    {
        await using var store = new SqliteJourneyStore(folder.Database, NullLogger<SqliteJourneyStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        await store.WriteAsync(new ContactWrite("known", 3, [1, 2, 3], null, null, [], [], []));
        await store.WriteAsync(new ContactWrite("anon", 3, [4, 5], null, null, [], [], []));
        await store.WriteAsync(new ContactWrite("known", 3, [1, 2, 3, 4, 5], null, null, [], [], []) { Absorbed = "anon" });

        var known = await store.FindContactAsync("known", CancellationToken.None);
        Assert.Equal(("known", 3), (known.Stored!.Id, known.Stored.Deployment));
        Assert.Equal([1, 2, 3, 4, 5], known.Stored.State);
        Assert.Null(known.MergedInto);

        Assert.Equal(new ContactLookup(null, "known"), await store.FindContactAsync("anon", CancellationToken.None));
        var unknown = await store.FindContactAsync("nobody", CancellationToken.None);
        Assert.Equal(new ContactLookup(null, null), unknown);
        Assert.False(unknown.Known);
    }

    [Fact]
    public async Task Reads_on_kept_connections_see_every_write_committed_since_their_last_read()
    {
        await using var store = new SqliteJourneyStore(folder.Database, NullLogger<SqliteJourneyStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);

        // Each round reads on the connections the rounds before kept open, with the statement
        // they compiled; a read transaction left open on one would show it an older file.
        for (var round = 1; round <= 20; round++)
        {
            var before = (await store.FindContactAsync("c", CancellationToken.None)).Stored;
            Assert.Equal(round == 1 ? null : [(byte)(round - 1)], before?.State);
            await store.WriteAsync(new ContactWrite("c", 1, [(byte)round], null, null, [], [], []));
            var reads = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => store.FindContactAsync("c", CancellationToken.None))));
            Assert.All(reads, read => Assert.Equal([(byte)round], read.Stored!.State));
        }
    }

    [Fact]
    public async Task A_read_that_fails_does_not_spoil_the_next_one()
    {
        await using var store = new SqliteJourneyStore(folder.Database, NullLogger<SqliteJourneyStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        await store.WriteAsync(new ContactWrite("c", 1, [7], null, null, [], [], []));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.FindContactAsync("c", new CancellationToken(canceled: true)));

        Assert.Equal([7], (await store.FindContactAsync("c", CancellationToken.None)).Stored!.State);
    }
}
