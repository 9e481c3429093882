namespace MarketingAutomation.Server.Storage;

/// <summary>One unit of change: all of it is committed, or none. The writer may put many in one transaction.</summary>
public abstract record StoreWrite;

/// <summary>
/// What a contact's grain writes after a stimulus (or a batch of them): the new state, the event ids
/// it applied, the outbox rows of deliverable effects, the timeline rows of every effect, and the
/// next wake-up. A merge also names the contact it absorbed: that contact's row goes, its timeline
/// moves over, and its id is kept as an alias.
/// </summary>
public sealed record ContactWrite(
    string ContactId,
    int Deployment,
    byte[] State,
    string? Email,
    DateTimeOffset? NextWake,
    IReadOnlyList<string> ProcessedEvents,
    IReadOnlyList<OutboxRow> Outbox,
    IReadOnlyList<TimelineRow> Timeline) : StoreWrite
{
    public string? Absorbed { get; init; }
}

/// <summary>The outcome of one hand-over: delivered, failed for good, or retried at <see cref="NextAttempt"/>.</summary>
public sealed record OutboxUpdate(
    string Key,
    string ContactId,
    OutboxStatus Status,
    int Attempts,
    DateTimeOffset NextAttempt,
    string? Detail,
    TimelineRow? Timeline) : StoreWrite;

public sealed record DeploymentWrite(StoredDeployment Deployment) : StoreWrite;
