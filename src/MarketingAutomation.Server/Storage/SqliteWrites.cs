using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace MarketingAutomation.Server.Storage;

/// <summary>
/// How each kind of <see cref="StoreWrite"/> becomes SQL. The row statements are prepared once on
/// the writer's connection and re-bound for every row (<see cref="RawStatement"/>): at tens of
/// thousands of rows a second, parsing the SQL again each time would cost more than the insert.
/// </summary>
internal sealed class SqliteWrites : IDisposable
{
    private readonly RawStatement upsertContact;
    private readonly RawStatement insertProcessed;
    private readonly RawStatement insertOutbox;
    private readonly RawStatement insertTimeline;
    private readonly RawStatement insertGoal;
    private readonly RawStatement addCount;
    private readonly RawStatement updateOutbox;
    private readonly SqliteConnection connection;

    public SqliteWrites(SqliteConnection connection)
    {
        this.connection = connection;
        upsertContact = Command("""
            INSERT INTO contacts (id, deployment, state, email, next_wake, updated_at) VALUES ($id, $deployment, $state, $email, $next_wake, $now)
            ON CONFLICT (id) DO UPDATE SET deployment = excluded.deployment, state = excluded.state, email = excluded.email,
                next_wake = excluded.next_wake, updated_at = excluded.updated_at
            """);
        insertProcessed = Command("INSERT INTO processed_events (contact, id, at) VALUES ($contact, $id, $now)");
        insertOutbox = Command("""
            INSERT INTO outbox (key, contact, deployment, kind, channel, name, journey, recipient, payload, status, attempts, next_attempt, detail, created_at)
            VALUES ($key, $contact, $deployment, $kind, $channel, $name, $journey, $recipient, $payload, 'pending', 0, $next_attempt, NULL, $now)
            """);
        insertTimeline = Command("INSERT INTO timeline_batches (contact, entries) VALUES ($contact, $entries)");
        insertGoal = Command("INSERT INTO goals (journey, contact, at, amount) VALUES ($journey, $contact, $at, $amount)");
        addCount = Command("""
            INSERT INTO journey_counts (journey, kind, channel, file, line, count, goal_exits) VALUES ($journey, $kind, $channel, $file, $line, $count, $goal_exits)
            ON CONFLICT (journey, kind, channel, file, line) DO UPDATE SET count = count + excluded.count, goal_exits = goal_exits + excluded.goal_exits
            """);
        updateOutbox = Command(
            "UPDATE outbox SET status = $status, attempts = $attempts, next_attempt = $next_attempt, detail = $detail WHERE key = $key");
    }

    /// <summary>Applies one write inside <paramref name="transaction"/>; its timeline is counted into <paramref name="counts"/>.</summary>
    public void Apply(PreparedWrite prepared, SqliteTransaction transaction, JourneyCounts counts)
    {
        switch (prepared.Write)
        {
            case ContactWrite contact:
                ApplyContact(contact, transaction);
                AddTimeline(contact.ContactId, prepared, counts);
                break;
            case OutboxUpdate update:
                updateOutbox.Run(update.Status.ToString().ToLowerInvariant(), update.Attempts, Moments.ToStored(update.NextAttempt), update.Detail, update.Key);
                AddTimeline(update.ContactId, prepared, counts);
                break;
            case DeploymentWrite deployment:
                ApplyDeployment(deployment.Deployment, transaction);
                break;
            default:
                throw new ArgumentException("Unknown kind of write: " + prepared.Write.GetType().Name, nameof(prepared));
        }
    }

    public void Dispose()
    {
        upsertContact.Dispose();
        insertProcessed.Dispose();
        insertOutbox.Dispose();
        insertTimeline.Dispose();
        insertGoal.Dispose();
        addCount.Dispose();
        updateOutbox.Dispose();
    }

    private void ApplyContact(ContactWrite write, SqliteTransaction transaction)
    {
        var now = Moments.ToStored(DateTimeOffset.UtcNow);
        upsertContact.Run(write.ContactId, write.Deployment, write.State, write.Email, write.NextWake is { } wake ? Moments.ToStored(wake) : null, now);
        foreach (var id in write.ProcessedEvents)
        {
            insertProcessed.Run(write.ContactId, id, now);
        }

        foreach (var row in write.Outbox)
        {
            insertOutbox.Run(row.Key, row.ContactId, row.Deployment, row.Kind.ToString(), row.Channel, row.Name, row.Journey, row.Recipient, row.Payload, Moments.ToStored(row.NextAttempt), now);
        }

        if (write.Absorbed is { } absorbed)
        {
            Absorb(absorbed, write.ContactId, transaction);
        }
    }

    /// <summary>The merged contact's row goes; its history, event ids and aliases now belong to the contact that absorbed it.</summary>
    private void Absorb(string absorbed, string into, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM contacts WHERE id = $absorbed;
            UPDATE timeline_batches SET contact = $into WHERE contact = $absorbed;
            UPDATE goals SET contact = $into WHERE contact = $absorbed;
            INSERT OR IGNORE INTO processed_events (contact, id, at) SELECT $into, id, at FROM processed_events WHERE contact = $absorbed;
            UPDATE aliases SET contact = $into WHERE contact = $absorbed;
            INSERT INTO aliases (alias, contact) VALUES ($absorbed, $into) ON CONFLICT (alias) DO UPDATE SET contact = excluded.contact;
            """;
        command.Parameters.AddWithValue("$absorbed", absorbed);
        command.Parameters.AddWithValue("$into", into);
        command.ExecuteNonQuery();
    }

    private void ApplyDeployment(StoredDeployment deployment, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO deployments (number, content_hash, deployed_at, files, journeys) VALUES ($number, $hash, $at, $files, $journeys)";
        command.Parameters.AddWithValue("$number", deployment.Number);
        command.Parameters.AddWithValue("$hash", deployment.ContentHash);
        command.Parameters.AddWithValue("$at", Moments.ToStored(deployment.DeployedAt));
        command.Parameters.AddWithValue("$files", JsonSerializer.Serialize(deployment.Files));
        command.Parameters.AddWithValue("$journeys", JsonSerializer.Serialize(deployment.Journeys));
        command.ExecuteNonQuery();
    }

    /// <summary>Adds the statistics' counters of one transaction to the stored ones.</summary>
    public void AddCounts(JourneyCounts counts)
    {
        foreach (var (key, (count, goalExits)) in counts.Counters)
        {
            addCount.Run(key.Journey, key.Kind, key.Channel, key.File, key.Line, count, goalExits);
        }
    }

    /// <summary>The write's timeline as one row, its goals as rows of their own, and every entry counted.</summary>
    private void AddTimeline(string contactId, PreparedWrite prepared, JourneyCounts counts)
    {
        if (prepared.EncodedTimeline is not { } entries)
        {
            return;
        }

        insertTimeline.Run(contactId, entries);
        foreach (var row in PreparedWrite.TimelineOf(prepared.Write))
        {
            counts.Add(row);
            if (row is { Kind: "goalReached", Journey: { } journey })
            {
                insertGoal.Run(journey, contactId, Moments.ToStored(row.At), row.Amount?.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private RawStatement Command(string sql) => new(connection, sql);
}
