using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace MarketingAutomation.Server.Storage;

/// <summary>The reads of <see cref="SqliteJourneyStore"/>.</summary>
public sealed partial class SqliteJourneyStore
{
    public async Task<StoredContact?> LoadContactAsync(string contactId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(
            "SELECT id, deployment, state FROM contacts WHERE id = $id",
            r => new StoredContact(r.GetString(0), r.GetInt32(1), (byte[])r.GetValue(2)),
            cancellationToken,
            ("$id", contactId)).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }

    public async Task<ContactLookup> FindContactAsync(string contactId, CancellationToken cancellationToken)
    {
        // One of the two at most: merging an id away deletes its row. Were both there, the row would win.
        var rows = await QueryAsync(
            "SELECT deployment, state, NULL FROM contacts WHERE id = $id UNION ALL SELECT NULL, NULL, contact FROM aliases WHERE alias = $id",
            r => r.IsDBNull(2) ? new ContactLookup(new StoredContact(contactId, r.GetInt32(0), (byte[])r.GetValue(1)), null) : new ContactLookup(null, r.GetString(2)),
            cancellationToken,
            ("$id", contactId)).ConfigureAwait(false);
        return rows.Find(r => r.Stored is not null) is { Stored: not null } stored ? stored : rows.FirstOrDefault();
    }

    public async Task<bool> WasProcessedAsync(string contactId, string eventId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync("SELECT 1 FROM processed_events WHERE contact = $contact AND id = $id", _ => true, cancellationToken, ("$contact", contactId), ("$id", eventId)).ConfigureAwait(false);
        return rows.Count > 0;
    }

    public async Task<IReadOnlySet<string>> ProcessedAmongAsync(string contactId, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken)
    {
        if (eventIds.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        // The ids travel as one JSON array parameter, so any batch size is one statement with a
        // fixed text (no parameter limit, no SQL built from values); the key (contact, id) serves each lookup.
        var rows = await QueryAsync(
            "SELECT id FROM processed_events WHERE contact = $contact AND id IN (SELECT value FROM json_each($ids))",
            r => r.GetString(0),
            cancellationToken,
            ("$contact", contactId),
            ("$ids", JsonSerializer.Serialize(eventIds))).ConfigureAwait(false);
        return rows.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<string?> MergedIntoAsync(string contactId, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync("SELECT contact FROM aliases WHERE alias = $id", r => r.GetString(0), cancellationToken, ("$id", contactId)).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }

    public async Task<string?> ContactByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(
            "SELECT id FROM contacts WHERE email = $email COLLATE NOCASE ORDER BY id LIMIT 1", r => r.GetString(0), cancellationToken, ("$email", email)).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }

    public async Task<IReadOnlyList<string>> DueContactsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        await QueryAsync(
            "SELECT id FROM contacts WHERE next_wake IS NOT NULL AND next_wake <= $now ORDER BY next_wake LIMIT $limit",
            r => r.GetString(0),
            cancellationToken,
            ("$now", Moments.ToStored(now)),
            ("$limit", limit)).ConfigureAwait(false);

    private const string OutboxColumns = "key, contact, deployment, kind, channel, name, journey, recipient, payload, attempts, next_attempt";

    public async Task<IReadOnlyList<OutboxRow>> DueOutboxAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        await QueryAsync(
            $"SELECT {OutboxColumns} FROM outbox WHERE status = 'pending' AND next_attempt <= $now ORDER BY next_attempt, created_at LIMIT $limit",
            ReadOutbox,
            cancellationToken,
            ("$now", Moments.ToStored(now)),
            ("$limit", limit)).ConfigureAwait(false);

    /// <remarks>Reads only the pending rows, through the index of due rows (<c>outbox_due</c>), however many were delivered before.</remarks>
    public async Task<OutboxBacklog> OutboxBacklogAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        (await QueryAsync(
            """
            SELECT COUNT(*), COALESCE(SUM(next_attempt <= $now), 0), COALESCE(SUM(attempts > 0), 0), MIN(CASE WHEN next_attempt <= $now THEN next_attempt END)
            FROM outbox WHERE status = 'pending'
            """,
            r => new OutboxBacklog(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.IsDBNull(3) ? null : Moments.FromStored(r.GetInt64(3))),
            cancellationToken,
            ("$now", Moments.ToStored(now))).ConfigureAwait(false)).Single();

    public async Task<OutboxRow?> OutboxItemAsync(string key, CancellationToken cancellationToken) =>
        (await QueryAsync($"SELECT {OutboxColumns} FROM outbox WHERE key = $key", ReadOutbox, cancellationToken, ("$key", key)).ConfigureAwait(false))
            .SingleOrDefault();

    private static OutboxRow ReadOutbox(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetInt32(2), Enum.Parse<OutboxKind>(r.GetString(3)), r.GetString(4), r.GetString(5),
        TextOrNull(r, 6), TextOrNull(r, 7), r.GetString(8), r.GetInt32(9), Moments.FromStored(r.GetInt64(10)));

    public async Task<IReadOnlyList<TimelineRow>> TimelineAsync(string contactId, int limit, CancellationToken cancellationToken)
    {
        // Newest batches first, until the limit is met; each batch's entries are in order.
        var newestFirst = new List<TimelineRow>();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT entries FROM timeline_batches WHERE contact = $contact ORDER BY seq DESC";
        command.Parameters.AddWithValue("$contact", contactId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (newestFirst.Count < limit && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var batch = TimelineEntries.Decode(reader.GetString(0));
            for (var i = batch.Count - 1; i >= 0 && newestFirst.Count < limit; i--)
            {
                newestFirst.Add(batch[i]);
            }
        }

        newestFirst.Reverse();
        return newestFirst;
    }

    public async Task<IReadOnlyList<StoredDeployment>> DeploymentsAsync(CancellationToken cancellationToken) =>
        await QueryAsync(
            "SELECT number, content_hash, deployed_at, files, journeys FROM deployments ORDER BY number",
            r => new StoredDeployment(
                r.GetInt32(0), r.GetString(1), Moments.FromStored(r.GetInt64(2)),
                JsonSerializer.Deserialize<Dictionary<string, string>>(r.GetString(3)) ?? [],
                JsonSerializer.Deserialize<Dictionary<string, string>>(r.GetString(4)) ?? []),
            cancellationToken).ConfigureAwait(false);

    public async Task<JourneyStats> StatsAsync(string journey, CancellationToken cancellationToken)
    {
        // journey_counts and goals are written in the same transactions as the timeline entries
        // they count, so they agree with the timeline without reading it all.
        var byKind = (await QueryAsync(
            "SELECT kind, channel, SUM(count), SUM(goal_exits) FROM journey_counts WHERE journey = $journey GROUP BY kind, channel",
            r => (Kind: r.GetString(0), Channel: r.GetString(1), Count: r.GetInt64(2), GoalExits: r.GetInt64(3)),
            cancellationToken,
            ("$journey", journey)).ConfigureAwait(false)).ToList();
        var amounts = await QueryAsync(
            "SELECT amount FROM goals WHERE journey = $journey AND amount IS NOT NULL",
            r => decimal.Parse(r.GetString(0), CultureInfo.InvariantCulture),
            cancellationToken,
            ("$journey", journey)).ConfigureAwait(false);
        var delivery = await QueryAsync(
            "SELECT status, COUNT(*) FROM outbox WHERE journey = $journey GROUP BY status",
            r => (Status: r.GetString(0), Count: r.GetInt64(1)),
            cancellationToken,
            ("$journey", journey)).ConfigureAwait(false);

        // The engagement links record events whose ids name the message (`open:<key>`, `click:<key>:…`,
        // `unsubscribe:<key>`), so each of the journey's messages is looked up by its own key.
        var engagement = (await QueryAsync(
            """
            SELECT
              COALESCE(SUM(EXISTS (SELECT 1 FROM processed_events p WHERE p.contact = o.contact AND p.id = 'open:' || o.key)), 0),
              COALESCE(SUM(EXISTS (SELECT 1 FROM processed_events p WHERE p.contact = o.contact AND p.id > 'click:' || o.key || ':' AND p.id < 'click:' || o.key || ';')), 0),
              COALESCE(SUM(EXISTS (SELECT 1 FROM processed_events p WHERE p.contact = o.contact AND p.id = 'unsubscribe:' || o.key)), 0)
            FROM outbox o WHERE o.journey = $journey AND o.kind = 'Message'
            """,
            r => new Engagement(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2)),
            cancellationToken,
            ("$journey", journey)).ConfigureAwait(false)).Single();

        // From the entry a goal ended (the latest entry before it, found in the contact's timeline) to the goal.
        var timesToConvert = await QueryAsync(
            """
            SELECT g.at - (
                SELECT MAX(json_extract(e.value, '$[0]')) FROM timeline_batches t, json_each(t.entries) e
                WHERE t.contact = g.contact AND json_extract(e.value, '$[2]') = 'entered'
                  AND json_extract(e.value, '$[1]') = g.journey AND json_extract(e.value, '$[0]') <= g.at)
            FROM goals g WHERE g.journey = $journey
            """,
            r => r.IsDBNull(0) ? (TimeSpan?)null : TimeSpan.FromMilliseconds(r.GetInt64(0)),
            cancellationToken,
            ("$journey", journey)).ConfigureAwait(false);
        var steps = await QueryAsync(
            """
            SELECT file, line, kind, SUM(count) FROM journey_counts WHERE journey = $journey AND file <> '' AND line <> 0
            GROUP BY file, line, kind ORDER BY file, line, kind
            """,
            r => new StepCount(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetInt64(3)),
            cancellationToken,
            ("$journey", journey)).ConfigureAwait(false);

        long Count(string kind) => byKind.Where(k => k.Kind == kind).Sum(k => k.Count);
        var allExits = Count("exited");
        var goalExits = byKind.Sum(k => k.GoalExits);
        var entered = Count("entered");
        var completed = Count("completed");
        var failed = Count("failed");
        return new JourneyStats(
            Entered: entered,
            Waiting: Math.Max(0, entered - allExits - completed - failed),
            Converted: Count("goalReached"),
            Exited: allExits - goalExits,
            Completed: completed,
            Failed: failed,
            Revenue: amounts.Sum(),
            SentByChannel: byKind.Where(k => k.Kind == "send").GroupBy(k => k.Channel).ToDictionary(g => g.Key, g => g.Sum(k => k.Count), StringComparer.Ordinal),
            Delivered: delivery.Where(d => d.Status == "delivered").Sum(d => d.Count),
            DeliveryFailed: delivery.Where(d => d.Status == "failed").Sum(d => d.Count),
            Engagement: engagement,
            TimesToConvert: [.. timesToConvert.OfType<TimeSpan>().Order()],
            Steps: steps);
    }
}
