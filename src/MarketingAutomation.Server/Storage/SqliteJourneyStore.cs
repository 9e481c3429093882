using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace MarketingAutomation.Server.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Reads use connections of their own, kept open
/// (<see cref="ReaderConnections"/>; WAL lets them run beside the writer); every write goes through
/// the one <see cref="GroupCommitter"/>.
/// </summary>
/// <remarks>
/// Durability: <c>synchronous=FULL</c>. A commit is synced to disk before any caller hears
/// "accepted", so an acknowledged event survives a power cut, not only a crash of the process.
/// Group commit makes that sync one per group rather than one per event, so FULL costs little
/// throughput here; NORMAL would only add the risk of losing the last groups on power loss.
/// </remarks>
public sealed partial class SqliteJourneyStore(string path, ILogger<SqliteJourneyStore> logger) : IJourneyStore
{
    private readonly string connectionString = ConnectionString(path);

    /// <summary>
    /// The page size of a new store, twice SQLite's default. A group commit writes every page its
    /// events touch in full, and they touch pages all over the tables and indexes; with larger
    /// pages there are fewer of them, and the writer spent less per event, though it wrote more
    /// bytes (tests/MarketingAutomation.LoadTest/README.md, 25 November 2026).
    /// </summary>
    internal const int PageSize = 8192;

    /// <summary>How many idle read connections are kept open: more are opened when reads run at once, and closed after.</summary>
    private const int KeptReaders = 8;

    private readonly ReaderConnections readers = new(ConnectionString(path), KeptReaders);

    private SqliteConnection? writerConnection;
    private GroupCommitter? committer;

    public string Path { get; } = path;

    /// <summary>Transactions the writer committed (see <see cref="GroupCommitter"/>).</summary>
    internal long Transactions => committer?.Transactions ?? 0;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        using (var setup = connection.CreateCommand())
        {
            // The page size comes first: it can only be chosen for a new file, before WAL mode
            // (for an existing file the pragma does nothing). This connection becomes the only
            // writer. Its page cache (64 MiB, against SQLite's 2 MiB default) holds the index
            // pages that every group of inserts touches.
            setup.CommandText = $"PRAGMA page_size={PageSize}; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-65536;" + SqliteSchema.Create;
            await setup.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await SqliteTimelineMigration.RunAsync(connection, cancellationToken).ConfigureAwait(false);

        writerConnection = connection;
        committer = new GroupCommitter(connection, logger);
    }

    public Task WriteAsync(StoreWrite write) =>
        (committer ?? throw new InvalidOperationException("The store is not initialised.")).WriteAsync(write);

    public async ValueTask DisposeAsync()
    {
        if (committer is not null)
        {
            await committer.DisposeAsync().ConfigureAwait(false);
        }

        if (writerConnection is not null)
        {
            await writerConnection.DisposeAsync().ConfigureAwait(false);
        }

        readers.Dispose();

        SqliteConnection.ClearAllPools();
    }

    private static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Runs a read on a kept connection (<see cref="ReaderConnections"/>); <paramref name="sql"/> must be fixed text, as each is compiled once per connection.</summary>
    private async Task<List<T>> QueryAsync<T>(string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var connection = readers.Take();
        var rows = new List<T>();
        try
        {
            await using (var reader = await connection.Command(sql, parameters).ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(read(reader));
                }
            }
        }
        catch
        {
            // Not kept: whatever failed may have left the connection in a state the next read should not meet.
            connection.Dispose();
            throw;
        }

        readers.Return(connection);
        return rows;
    }

    private static string? TextOrNull(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
