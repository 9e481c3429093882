using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace MarketingAutomation.LoadTest;

/// <summary>
/// What the disk and SQLite give with nothing of ours in the way: the server's SQLite settings
/// (WAL, <c>synchronous=FULL</c>, its page size), one writer, transactions as large as the
/// server's largest group commit, and one row per event (an event's smallest durable trace: a
/// keyed row the size of a contact's state). The server writes more per event (the contact's state, the event id,
/// timeline and outbox rows), so this is a ceiling it cannot reach, only approach.
/// </summary>
internal static class RawSqliteRate
{
    private const int RowsPerTransaction = 4096;
    private const int RowBytes = 256;

    /// <summary>The page size the server gives a new store (<c>SqliteJourneyStore.PageSize</c>), so the ceiling is of the same set-up.</summary>
    private const int PageSize = 8192;

    public static double Measure(string folder, int rows)
    {
        var path = Path.Combine(folder, "raw.db");
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = $"PRAGMA page_size={PageSize}; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE rows (key TEXT PRIMARY KEY, value BLOB NOT NULL);";
            setup.ExecuteNonQuery();
        }

        var payload = new byte[RowBytes];
        new Random(7).NextBytes(payload);
        var started = Stopwatch.GetTimestamp();
        for (var first = 0; first < rows; first += RowsPerTransaction)
        {
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO rows (key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
            var key = insert.Parameters.Add("$key", SqliteType.Text);
            var value = insert.Parameters.Add("$value", SqliteType.Blob);
            value.Value = payload;
            insert.Prepare();
            for (var i = first; i < Math.Min(rows, first + RowsPerTransaction); i++)
            {
                key.Value = "raw-" + i;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        connection.Close();
        SqliteConnection.ClearAllPools();
        return rows / seconds;
    }
}
