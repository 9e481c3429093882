using Microsoft.Data.Sqlite;

namespace MarketingAutomation.Server.Storage;

/// <summary>
/// Brings a database written by an earlier server, whose timeline was one row per entry in
/// <c>timeline</c>, to today's tables: each old row becomes a batch of one entry (order kept),
/// and the counters and goals the statistics read are counted from the old rows. One
/// transaction: a crash in the middle leaves the old table as it was, to be migrated next start.
/// </summary>
internal static class SqliteTimelineMigration
{
    public static async Task RunAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var check = connection.CreateCommand();
        check.CommandText = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'timeline'";
        if (await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        using var migrate = connection.CreateCommand();
        migrate.Transaction = transaction;
        migrate.CommandText = """
            INSERT INTO timeline_batches (contact, entries)
                SELECT contact, json_array(json_array(at, journey, kind, channel, name, detail, amount, text, file, line, key))
                FROM timeline ORDER BY seq;
            INSERT INTO journey_counts (journey, kind, channel, file, line, count, goal_exits)
                SELECT journey, kind, COALESCE(channel, ''), COALESCE(file, ''), COALESCE(line, 0), COUNT(*),
                    SUM(kind = 'exited' AND detail = 'goal reached')
                FROM timeline WHERE journey IS NOT NULL
                GROUP BY journey, kind, COALESCE(channel, ''), COALESCE(file, ''), COALESCE(line, 0);
            INSERT INTO goals (journey, contact, at, amount)
                SELECT journey, contact, at, amount FROM timeline WHERE journey IS NOT NULL AND kind = 'goalReached' ORDER BY seq;
            DROP TABLE timeline;
            """;
        await migrate.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
