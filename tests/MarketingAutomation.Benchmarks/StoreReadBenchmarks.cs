using BenchmarkDotNet.Attributes;
using MarketingAutomation.Server.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace MarketingAutomation.Benchmarks;

/// <summary>
/// The embedded store's reads that a contact's grain makes, against 50,000 stored contacts: the
/// one read when it activates, and the duplicate check of a batch of three events. Each call reads
/// another contact, so the rows come from all over the file (from the operating system's cache).
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
public class StoreReadBenchmarks
{
    private const int Contacts = 50_000;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "ma-store-reads-" + Guid.NewGuid().ToString("N"));
    private SqliteJourneyStore? store;
    private int next;

    private SqliteJourneyStore Store => store ?? throw new InvalidOperationException("GlobalSetup has not run.");

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(folder);
        store = new SqliteJourneyStore(Path.Combine(folder, "store.db"), NullLogger<SqliteJourneyStore>.Instance);
        store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();

        // A contact's state is about a kilobyte once it has been through a few journeys.
        var state = new byte[900];
        new Random(7).NextBytes(state);
        var writes = Enumerable.Range(0, Contacts)
            .Select(i => store.WriteAsync(new ContactWrite(Id(i), 1, state, $"shopper-{i}@example.com", null, [], [], [])));
        Task.WhenAll(writes).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        store?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(folder, recursive: true);
    }

    [Benchmark]
    public bool FindContact() => Store.FindContactAsync(NextId(), CancellationToken.None).GetAwaiter().GetResult().Known;

    [Benchmark]
    public int ProcessedAmong() => Store.ProcessedAmongAsync(NextId(), ["e1", "e2", "e3"], CancellationToken.None).GetAwaiter().GetResult().Count;

    private static string Id(int i) => $"shopper-{i}";

    /// <summary>Steps through the contacts by a prime, so that neighbours in the file are not read one after another.</summary>
    private string NextId() => Id(next = (next + 7919) % Contacts);
}
