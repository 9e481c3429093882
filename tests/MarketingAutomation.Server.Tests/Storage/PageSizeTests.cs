using MarketingAutomation.Server.Storage;
using MarketingAutomation.Server.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace MarketingAutomation.Server.Tests.Storage;

/// <summary>A new store gets the larger page size; a store made with SQLite's default keeps its pages and works as before.</summary>
public sealed class PageSizeTests : IDisposable
{
    private readonly TestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_new_store_uses_the_larger_page_size()
    {
        await using (var store = await OpenStoreAsync())
        {
            await store.WriteAsync(new ContactWrite("ala", 1, [1, 2, 3], null, null, [], [], []));
        }

        Assert.Equal(SqliteJourneyStore.PageSize, PageSizeOf(folder.Database));
    }

    [Fact]
    public async Task A_store_made_with_the_default_page_size_keeps_it_and_its_contacts()
    {
        using (var existing = new SqliteConnection($"Data Source={folder.Database};Pooling=False"))
        {
            existing.Open();
            using var setup = existing.CreateCommand();
            setup.CommandText = "PRAGMA page_size=4096; PRAGMA journal_mode=WAL;";
            setup.ExecuteNonQuery();
        }

        await using (var store = await OpenStoreAsync())
        {
            await store.WriteAsync(new ContactWrite("ala", 1, [1, 2, 3], null, null, [], [], []));
        }

        await using (var reopened = await OpenStoreAsync())
        {
            var found = await reopened.FindContactAsync("ala", CancellationToken.None);
            Assert.Equal([1, 2, 3], found.Stored!.State);
        }

        Assert.Equal(4096, PageSizeOf(folder.Database));
    }

    private async Task<SqliteJourneyStore> OpenStoreAsync()
    {
        var store = new SqliteJourneyStore(folder.Database, NullLogger<SqliteJourneyStore>.Instance);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    private static long PageSizeOf(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        return (long)command.ExecuteScalar()!;
    }
}
