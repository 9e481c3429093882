namespace MarketingAutomation.Server.Storage;

/// <summary>
/// The tables of the SQLite store. Moments are Unix milliseconds (UTC); amounts are text, so money
/// keeps its exact decimal value. Written here, not taken from Orleans: contact state is ours.
/// The timeline is kept as one row per write (<see cref="TimelineEntries"/>) in
/// <c>timeline_batches</c>, whose <c>seq</c> is a plain rowid, not AUTOINCREMENT: rows are never
/// deleted, so it still only grows, without a second table written on every insert. Statistics
/// come from <c>journey_counts</c> (<see cref="JourneyCounts"/>), kept in the same transactions,
/// and from <c>goals</c>, one row per goal reached (revenue and time to convert).
/// </summary>
internal static class SqliteSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS contacts (
            id TEXT PRIMARY KEY,
            deployment INTEGER NOT NULL,
            state BLOB NOT NULL,
            email TEXT,
            next_wake INTEGER,
            updated_at INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS contacts_next_wake ON contacts (next_wake) WHERE next_wake IS NOT NULL;
        CREATE INDEX IF NOT EXISTS contacts_email ON contacts (email COLLATE NOCASE) WHERE email IS NOT NULL;

        CREATE TABLE IF NOT EXISTS processed_events (
            contact TEXT NOT NULL,
            id TEXT NOT NULL,
            at INTEGER NOT NULL,
            PRIMARY KEY (contact, id)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS outbox (
            key TEXT PRIMARY KEY,
            contact TEXT NOT NULL,
            deployment INTEGER NOT NULL,
            kind TEXT NOT NULL,
            channel TEXT NOT NULL,
            name TEXT NOT NULL,
            journey TEXT,
            recipient TEXT,
            payload TEXT NOT NULL,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt INTEGER NOT NULL,
            detail TEXT,
            created_at INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS outbox_due ON outbox (next_attempt) WHERE status = 'pending';
        CREATE INDEX IF NOT EXISTS outbox_journey ON outbox (journey, status);

        CREATE TABLE IF NOT EXISTS timeline_batches (
            seq INTEGER PRIMARY KEY,
            contact TEXT NOT NULL,
            entries TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS timeline_batches_contact ON timeline_batches (contact, seq);

        CREATE TABLE IF NOT EXISTS journey_counts (
            journey TEXT NOT NULL,
            kind TEXT NOT NULL,
            channel TEXT NOT NULL,
            file TEXT NOT NULL,
            line INTEGER NOT NULL,
            count INTEGER NOT NULL,
            goal_exits INTEGER NOT NULL,
            PRIMARY KEY (journey, kind, channel, file, line)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS goals (
            journey TEXT NOT NULL,
            contact TEXT NOT NULL,
            at INTEGER NOT NULL,
            amount TEXT
        );
        CREATE INDEX IF NOT EXISTS goals_journey ON goals (journey);
        CREATE INDEX IF NOT EXISTS goals_contact ON goals (contact);

        CREATE TABLE IF NOT EXISTS deployments (
            number INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL,
            deployed_at INTEGER NOT NULL,
            files TEXT NOT NULL,
            journeys TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS aliases (
            alias TEXT PRIMARY KEY,
            contact TEXT NOT NULL
        ) WITHOUT ROWID;
        """;
}
