namespace MarketingAutomation.Runtime.Execution;

public enum EffectKind
{
    /// <summary>A contact entered a journey.</summary>
    Entered,

    /// <summary>A message to hand over to a channel now.</summary>
    Send,

    /// <summary>A message held back by quiet hours or `at best time`; a <see cref="Send"/> or <see cref="SendSkipped"/> follows when it is due.</summary>
    SendHeld,

    /// <summary>A message that policy stopped (the reason says why): no consent, no address, a frequency cap, the contact left.</summary>
    SendSkipped,
    SetAttribute,
    Tag,
    Untag,
    ScoreChanged,
    StageChanged,
    Post,
    NotifySales,

    /// <summary>An event for another contact (`emit ... to`): the host delivers it.</summary>
    Emit,
    SplitAssigned,
    GoalReached,

    /// <summary>The contact left the journey: `exit`, a `leave when` criterion or the goal.</summary>
    Exited,

    /// <summary>The journey ran past its last step.</summary>
    Completed,

    /// <summary>A journey step failed (a host bug or bad stored data): the instance stops, the contact's other journeys go on. Detail says why.</summary>
    Failed,
}

/// <summary>
/// One thing the executor decided, for the host to carry out or record. Effects are plain data
/// in the order they happened; <see cref="Line"/> and <see cref="File"/> point at the script step
/// that caused it (0 and null for the executor's own decisions, such as a score rule).
/// </summary>
/// <remarks>
/// A value, not an object: a busy contact makes a few effects per stimulus, and as objects they
/// were most of what the executor allocated, each one bringing the next collection nearer. They
/// are kept small too: optional numbers are stored without <see cref="Nullable{T}"/>'s padding,
/// and the fields only an `emit` or a held message has live in a separate <see cref="Rare"/> part
/// that other effects never allocate.
/// </remarks>
public readonly record struct Effect(EffectKind Kind, DateTimeOffset At, string? Journey)
{
    private const sbyte NoChannel = -1;

    private readonly decimal amount;
    private readonly bool hasAmount;
    private readonly sbyte channel = NoChannel;
    private readonly Rare? rare;

    public int Line { get; init; }

    public string? File { get; init; }

    public Channel? Channel
    {
        get => channel == NoChannel ? null : (Channel)channel;
        init => channel = value is { } c ? (sbyte)c : NoChannel;
    }

    /// <summary>The template, tag, stage, score, connection, field or split the effect names.</summary>
    public string? Name { get; init; }

    /// <summary>The arm of a split, the reason for a skip or hold, or a field's new value as text.</summary>
    public string? Detail { get; init; }

    /// <summary>A score change, or a goal event's revenue.</summary>
    public decimal? Amount
    {
        get => hasAmount ? amount : null;
        init => (hasAmount, amount) = value is { } a ? (true, a) : (false, 0m);
    }

    public IReadOnlyList<Argument> Arguments { get; init; } = [];

    /// <summary>For <see cref="EffectKind.Emit"/>: the event, and who it is for (a contact id or an email address).</summary>
    public EventData? Event
    {
        get => rare?.Event;
        init => rare = (rare ?? Rare.None) with { Event = value };
    }

    public string? Recipient
    {
        get => rare?.Recipient;
        init => rare = (rare ?? Rare.None) with { Recipient = value };
    }

    /// <summary>For <see cref="EffectKind.SendHeld"/>: when the message is due.</summary>
    public DateTimeOffset? Until
    {
        get => rare?.Until;
        init => rare = (rare ?? Rare.None) with { Until = value };
    }

    /// <summary>A stable key for this effect: the journey instance and the effect's place in it. Hosts use it for idempotent delivery.</summary>
    public string? Key { get; init; }

    /// <summary>The fields few effects have (a record, so effects still compare by value).</summary>
    private sealed record Rare(EventData? Event, string? Recipient, DateTimeOffset? Until)
    {
        public static Rare None { get; } = new(null, null, null);
    }
}
