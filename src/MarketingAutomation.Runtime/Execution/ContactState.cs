using System.Collections.Immutable;

namespace MarketingAutomation.Runtime.Execution;

/// <summary>
/// Everything the runtime knows about one contact: profile, tags, scores, stage, history, journey
/// instances and pending timers. The executor changes it in place while it applies a stimulus; a
/// host stores it whole after each stimulus (it is plain data, see <c>StateSerializer</c>).
/// </summary>
/// <remarks>
/// A host keeps many of these alive at once, and each young collection scans the ones that
/// changed, so the state is kept compact: sets of names and channels are values
/// (<see cref="NameSet"/>, <see cref="ChannelSet"/>: no object while empty), lists that change
/// rarely are immutable arrays (the shared empty one for most contacts), maps are
/// <see cref="NameMap{TValue}"/>s. Only what changes on most stimuli (history, instances, sends,
/// held messages) stays a <see cref="List{T}"/>.
/// </remarks>
public sealed class ContactState
{
    public ContactState(ContactProfile profile)
    {
        Profile = profile;
    }

    public string ContactId => Profile.ContactId;

    public ContactProfile Profile { get; set; }

    public NameSet Tags { get; set; }

    public NameMap<ScoreState> Scores { get; } = new();

    public string? Stage { get; set; }

    public ImmutableArray<StageChange> StageHistory { get; set; } = [];

    /// <summary>
    /// The contact's events, oldest first: those of the last <see cref="Executor.HistoryWindow"/>,
    /// and older ones until the next event trims them (see <see cref="Executor.HistoryStart"/>).
    /// </summary>
    public List<EventData> History { get; } = [];

    /// <summary>Templates the contact opened or clicked (clicks count as opens).</summary>
    public NameSet Opened { get; set; }

    public NameSet Clicked { get; set; }

    /// <summary>Opens and clicks by hour of day in the contact's time zone: what `at best time` reads.</summary>
    public int[] EngagementByHour { get; } = new int[24];

    /// <summary>Opens and clicks by channel (indexed by <see cref="Channel"/>): what `send preferred` ranks by.</summary>
    public int[] EngagementByChannel { get; } = new int[4];

    /// <summary>Channels the contact unsubscribed from (all of them after an unscoped unsubscribe).</summary>
    public ChannelSet Unsubscribed { get; set; }

    /// <summary>The last event or engagement: what `when inactive` measures from.</summary>
    public DateTimeOffset? LastActivity { get; set; }

    /// <summary>When the contact first became known: inactivity counts from here before any event.</summary>
    public DateTimeOffset? FirstSeen { get; set; }

    /// <summary>Journey instances still running or waiting, in the order they started.</summary>
    public List<JourneyState> Instances { get; } = [];

    /// <summary>
    /// Journeys the contact finished whose goal window is still open: a goal reached after the
    /// last step, inside the window, still counts as a conversion.
    /// </summary>
    public ImmutableArray<JourneyState> Converting { get; set; } = [];

    /// <summary>Per journey: how often and when the contact last entered (entry rules read it).</summary>
    public NameMap<EntryRecord> Entries { get; } = new();

    /// <summary>Segments the contact was in after the last stimulus, to see entries and exits.</summary>
    public NameSet Segments { get; set; }

    /// <summary>When an event next ages out of a segment's `within` window: segments are re-checked then.</summary>
    public DateTimeOffset? SegmentsRecheckAt { get; set; }

    /// <summary>Messages handed over, for frequency caps; trimmed to the longest cap period.</summary>
    public List<SentMessage> Sent { get; } = [];

    /// <summary>
    /// Messages waiting for quiet hours to end or for the contact's best time. A list changed in
    /// place: a weekly newsletter sent at each reader's best time holds a message for every reader
    /// every week, and a new array each time would live for hours of the contact's time, long
    /// enough for the collector to copy it before it is dropped.
    /// </summary>
    public List<HeldSend> Held { get; } = [];

    /// <summary>Per time-triggered journey: when its trigger next fires for this contact.</summary>
    public NameMap<DateTimeOffset> TriggerDue { get; } = new();

    /// <summary>Per time-triggered journey: when its trigger last fired, so a date or a quiet stretch fires once.</summary>
    public NameMap<DateTimeOffset> TriggerFired { get; } = new();

    /// <summary>Numbers the effects that need a stable identity (sends), per contact.</summary>
    public long EffectCounter { get; set; }

    /// <summary>
    /// The runtime's reading of <see cref="Profile"/> (zone, addresses); not state, a cache tied to
    /// the profile instance. A value inside the state, not an object of its own: every stimulus
    /// reads it, and one object less is one memory fetch less per stimulus.
    /// </summary>
    internal ProfileFacts ProfileFacts { get; set; }

    /// <summary>
    /// The executor whose time triggers all have a moment in <see cref="TriggerDue"/>, and how many
    /// moments there were then; not state, a cache (see <c>StimulusPass.ScheduleTimeTriggers</c>).
    /// </summary>
    internal (Executor? By, int Count) TriggersScheduled { get; set; }

    /// <summary>
    /// Starts loading the objects a stimulus reads (see <see cref="Prefetch"/>): the lists' and
    /// maps' own objects first, then, once those arrive, their arrays.
    /// </summary>
    internal void PrefetchParts()
    {
        Prefetch.Object(Profile);
        Prefetch.Object(Instances);
        Prefetch.Object(Held);
        Prefetch.Object(TriggerDue);
        Prefetch.Object(TriggerFired);
        Prefetch.Object(Entries);
        Prefetch.Object(Scores);
        Prefetch.Object(Sent);
        Prefetch.Object(History);
        Prefetch.Object(EngagementByHour);
        Prefetch.Items(Instances);
        Prefetch.Items(Held);
        TriggerDue.PrefetchPairs();
        TriggerFired.PrefetchPairs();
        Entries.PrefetchPairs();
        Scores.PrefetchPairs();
        Prefetch.Items(Sent);
        Prefetch.Items(History);
    }
}

/// <summary>A score's points, and the bookkeeping of its decay and rule caps.</summary>
public sealed class ScoreState
{
    public decimal Points { get; set; }

    /// <summary>When decay was last applied (the score's first change before that).</summary>
    public DateTimeOffset DecayedAt { get; set; }

    /// <summary>
    /// When the capped rules counted inside their caps' sliding windows, oldest first: one list of
    /// plain values for all rules rather than a dictionary of lists (a contact has one or two capped
    /// rules with a few hits each). Null until a capped rule counts.
    /// </summary>
    public List<RuleHit>? RuleHits { get; set; }
}

/// <summary>One count of a capped score rule (by its index in the catalog's rules).</summary>
public readonly record struct RuleHit(int Rule, DateTimeOffset At);

public sealed record StageChange(string Stage, DateTimeOffset At, string? Journey);

// Plain values (structs) rather than objects: a contact keeps one per journey entered and per
// message sent, and values inside the dictionary's and the list's arrays cost the collector nothing.
public readonly record struct EntryRecord(int Count, DateTimeOffset LastEntered);

public readonly record struct SentMessage(Channel Channel, DateTimeOffset At);

/// <summary>
/// A send waiting for its moment: everything needed to make it then, including the script line and
/// the delivery key. A value inside the state's array of held messages, like the instances.
/// </summary>
public readonly record struct HeldSend(
    string Journey,
    Channel Channel,
    string Template,
    IReadOnlyList<Argument> Arguments,
    DateTimeOffset Due,
    int Line,
    string? File,
    string Key);
