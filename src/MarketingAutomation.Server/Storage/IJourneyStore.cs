namespace MarketingAutomation.Server.Storage;

/// <summary>
/// Everything the server keeps: contacts' states, processed event ids, the outbox, the timeline,
/// deployments and merged ids. SQLite now (<see cref="SqliteJourneyStore"/>); a PostgreSQL store for
/// clusters implements the same contract. Writes go through <see cref="WriteAsync"/>, which returns
/// only once the write is durable; a store may commit many writes in one transaction.
/// </summary>
public interface IJourneyStore : IAsyncDisposable
{
    /// <summary>Creates the schema if needed and starts the writer.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Commits one write (all of it or none), possibly together with other callers' writes.</summary>
    Task WriteAsync(StoreWrite write);

    Task<StoredContact?> LoadContactAsync(string contactId, CancellationToken cancellationToken);

    /// <summary>
    /// The contact stored under an id, or else the contact the id was merged into, in one read:
    /// what a contact's grain needs when it activates (for a new contact, that it is neither).
    /// </summary>
    Task<ContactLookup> FindContactAsync(string contactId, CancellationToken cancellationToken);

    /// <summary>Whether the event id was already applied to the contact.</summary>
    Task<bool> WasProcessedAsync(string contactId, string eventId, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="eventIds"/> were already applied to the contact: one read for a whole batch.</summary>
    Task<IReadOnlySet<string>> ProcessedAmongAsync(string contactId, IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken);

    /// <summary>The contact an id was merged into (see identify), or null when it was not.</summary>
    Task<string?> MergedIntoAsync(string contactId, CancellationToken cancellationToken);

    /// <summary>The id of the contact whose email address this is (any case), or null.</summary>
    Task<string?> ContactByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Contacts whose next wake-up is at or before <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<string>> DueContactsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>Pending outbox rows whose next attempt is due, oldest first.</summary>
    Task<IReadOnlyList<OutboxRow>> DueOutboxAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>The pending outbox items counted at <paramref name="now"/>: one read of the pending ones only.</summary>
    Task<OutboxBacklog> OutboxBacklogAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>One outbox item by its key (a message's idempotency key), whatever its status; null when there is none.</summary>
    Task<OutboxRow?> OutboxItemAsync(string key, CancellationToken cancellationToken);

    /// <summary>The contact's timeline, oldest first (the last <paramref name="limit"/> entries).</summary>
    Task<IReadOnlyList<TimelineRow>> TimelineAsync(string contactId, int limit, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredDeployment>> DeploymentsAsync(CancellationToken cancellationToken);

    Task<JourneyStats> StatsAsync(string journey, CancellationToken cancellationToken);
}
