namespace MarketingAutomation.Server.Storage;

/// <summary>A contact's stored state: the serialised <c>ContactState</c> and the deployment whose schema wrote it.</summary>
public sealed record StoredContact(string Id, int Deployment, byte[] State);

/// <summary>What the store knows of an id: the contact stored under it, or else the contact it was merged into, or neither.</summary>
public readonly record struct ContactLookup(StoredContact? Stored, string? MergedInto)
{
    public bool Known => Stored is not null || MergedInto is not null;
}

/// <summary>What an outbox row carries out: a message, a `post`, a `notify sales`, or an event for another contact.</summary>
public enum OutboxKind
{
    Message,
    Post,
    NotifySales,
    Emit,
}

public enum OutboxStatus
{
    Pending,
    Delivered,
    Failed,
}

/// <summary>
/// One deliverable effect. <see cref="Key"/> is derived from the effect (its stable key when it has
/// one) and never changes, so every retry, and a repeat after a crash, hands over the same key.
/// <see cref="Payload"/> is JSON: the contact's plain values when the effect happened, the
/// arguments, and for an emit the event.
/// </summary>
public sealed record OutboxRow(
    string Key,
    string ContactId,
    int Deployment,
    OutboxKind Kind,
    string Channel,
    string Name,
    string? Journey,
    string? Recipient,
    string Payload,
    int Attempts,
    DateTimeOffset NextAttempt);

/// <summary>One line of a contact's timeline: an effect (the "why" of every message), or an outcome of delivery.</summary>
public sealed record TimelineRow(
    DateTimeOffset At,
    string? Journey,
    string Kind,
    string? Channel,
    string? Name,
    string? Detail,
    decimal? Amount,
    string Text,
    string? File,
    int? Line,
    string? Key);

/// <summary>A deployment as stored: its sources (relative path → text) and each journey's version.</summary>
public sealed record StoredDeployment(
    int Number,
    string ContentHash,
    DateTimeOffset DeployedAt,
    IReadOnlyDictionary<string, string> Files,
    IReadOnlyDictionary<string, string> Journeys);

/// <summary>A journey's counters, from the timeline and the outbox.</summary>
public sealed record JourneyStats(
    long Entered,
    long Waiting,
    long Converted,
    long Exited,
    long Completed,
    long Failed,
    decimal Revenue,
    IReadOnlyDictionary<string, long> SentByChannel,
    long Delivered,
    long DeliveryFailed,
    Engagement Engagement,
    IReadOnlyList<TimeSpan> TimesToConvert,
    IReadOnlyList<StepCount> Steps);

/// <summary>
/// The outbox's pending items at one moment: how many, how many of them are due, how many have
/// failed at least once (inside their backoff or due again), and when the one due longest became
/// due (null when none is due).
/// </summary>
public sealed record OutboxBacklog(long Pending, long Due, long Retrying, DateTimeOffset? OldestDueAt);

/// <summary>How many of a journey's messages were opened, clicked (at least once) and unsubscribed from.</summary>
public sealed record Engagement(long Opened, long Clicked, long Unsubscribed);

/// <summary>How often one kind of effect came from one step of a journey (its script line).</summary>
public sealed record StepCount(string File, int Line, string Kind, long Count);
