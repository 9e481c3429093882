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
}
