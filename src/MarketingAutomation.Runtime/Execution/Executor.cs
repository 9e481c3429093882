using System.Runtime.InteropServices;

namespace MarketingAutomation.Runtime.Execution;

/// <summary>
/// The deterministic heart of the runtime. Given a contact's state, one stimulus and the time, it
/// changes the state and returns the effects, in order. It does no I/O and reads no clock: the same
/// inputs always give the same outputs. The rules are in docs/runtime.md; the order of one
/// stimulus is in <see cref="StimulusPass"/>.
/// </summary>
public sealed class Executor
{
    /// <summary>How far back the contact's event history is kept (longer than any `within` a year-long window needs).</summary>
    public static readonly TimeSpan HistoryWindow = TimeSpan.FromDays(400);

    /// <summary>
    /// The oldest moment an event of the history may have at <paramref name="now"/>: readers skip
    /// older ones, which stay in the list until the next event is recorded and trims them.
    /// </summary>
    internal static DateTimeOffset HistoryStart(DateTimeOffset now) => now - HistoryWindow;

    /// <summary>A pass left over from the last stimulus, for the next one (see <see cref="Begin"/>).</summary>
    private StimulusPass? spare;

    public Executor(JourneyCatalog catalog, ExecutorOptions? options = null)
    {
        Catalog = catalog;
        Options = options ?? new ExecutorOptions();
        Scores = new ScoreKeeper(catalog);
        Schema = new ContactSchema(catalog);
        foreach (var journey in catalog.Journeys)
        {
            Journeys[journey.Info.Name] = journey;
            if (Options.TriggeredJourneys is { } only && !only.Contains(journey.Info.Name))
            {
                continue;
            }

            switch (journey.Info.Trigger)
            {
                case TriggerKind.Event:
                    Add(ByEvent, journey.Info.TriggerSubject!, journey);
                    break;
                case TriggerKind.SegmentEnters:
                    Add(OnSegmentEnter, journey.Info.TriggerSubject!, journey);
                    break;
                case TriggerKind.SegmentLeaves:
                    Add(OnSegmentLeave, journey.Info.TriggerSubject!, journey);
                    break;
                case TriggerKind.StageBecomes:
                    Add(OnStage, journey.Info.TriggerSubject!, journey);
                    break;
                case TriggerKind.None:
                    break;
                default:
                    Timed.Add(journey);
                    break;
            }
        }

        foreach (var segment in OnSegmentEnter.Keys.Concat(OnSegmentLeave.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            if (catalog.Segments.TryGetValue(segment, out var condition))
            {
                WatchedSegments.Add((segment, condition));
            }
        }

        HasDateTriggers = Timed.Any(j => j.Info.Trigger is TriggerKind.YearlyDate or TriggerKind.OnceDate);
        HasQuietTriggers = Timed.Any(j => j.Info.Trigger is TriggerKind.Inactivity or TriggerKind.Absence);
        LongestCap = catalog.Policy.Caps.Count == 0 ? TimeSpan.Zero : catalog.Policy.Caps.Max(c => c.Period);
        SegmentWindows = [.. catalog.SegmentWindows];
        CapRules = [.. catalog.Policy.Caps.Select(cap => $"frequency cap: at most {cap.Count} {cap.Channel.ToString().ToLowerInvariant()} per {PlainText.Duration(cap.Period)}")];
    }

    public JourneyCatalog Catalog { get; }

    public ExecutorOptions Options { get; }

    internal ScoreKeeper Scores { get; }

    internal ContactSchema Schema { get; }

    /// <summary>The current version of each journey, by name.</summary>
    internal Dictionary<string, CompiledJourney> Journeys { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, List<CompiledJourney>> ByEvent { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, List<CompiledJourney>> OnSegmentEnter { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, List<CompiledJourney>> OnSegmentLeave { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, List<CompiledJourney>> OnStage { get; } = new(StringComparer.Ordinal);

    /// <summary>Journeys with a time-based trigger: dates, inactivity, broadcasts.</summary>
    internal List<CompiledJourney> Timed { get; } = [];

    /// <summary>Whether a time trigger reads a date from the profile (its moment moves when the profile changes).</summary>
    internal bool HasDateTriggers { get; }

    /// <summary>Whether a time trigger counts from the last event (its moment moves when an event arrives).</summary>
    internal bool HasQuietTriggers { get; }

    /// <summary>Segments that a trigger watches, in a fixed order: only these are re-evaluated after a change.</summary>
    internal List<(string Name, Func<IJourneyContext, bool> Condition)> WatchedSegments { get; } = [];

    internal TimeSpan LongestCap { get; }

    /// <summary>Each frequency cap as the reason a send it stops is skipped, in the order of the policy's caps.</summary>
    internal string[] CapRules { get; }

    /// <summary>The catalog's <see cref="JourneyCatalog.SegmentWindows"/>, read once.</summary>
    internal TimeSpan[] SegmentWindows { get; }

    /// <summary>
    /// A contact the runtime has just met: segments it is already in count as entered (their
    /// journeys start) and its time triggers are scheduled.
    /// </summary>
    public (ContactState State, IReadOnlyList<Effect> Effects) Admit(ContactProfile profile, DateTimeOffset now)
    {
        var state = new ContactState(profile) { FirstSeen = now };
        var pass = Begin(state, now);
        pass.RunAdmit();
        return (state, Finish(pass));
    }

    /// <summary>The contact's time zone (its first `timezone` field; UTC without one or for an unknown zone).</summary>
    public TimeZoneInfo TimeZoneOf(ContactProfile profile) => Schema.ZoneOf(profile);

    /// <summary>Applies one stimulus at <paramref name="now"/>: changes <paramref name="state"/> and returns what happened.</summary>
    public IReadOnlyList<Effect> Apply(ContactState state, Stimulus stimulus, DateTimeOffset now)
    {
        var pass = Begin(state, now);
        pass.Run(stimulus);
        return Finish(pass);
    }

    /// <summary>As <see cref="Apply(ContactState, Stimulus, DateTimeOffset)"/>, adding the effects to <paramref name="effects"/> (a host's reused list) instead of a new array.</summary>
    public void Apply(ContactState state, Stimulus stimulus, DateTimeOffset now, List<Effect> effects)
    {
        var pass = Begin(state, now);
        pass.Run(stimulus);
        pass.MoveEffectsTo(effects);
        Volatile.Write(ref spare, pass);
    }

    /// <summary>The earliest moment the contact needs a <see cref="Stimulus.TimerFired"/>: a wait, a held message or a time trigger.</summary>
    public static DateTimeOffset? NextWakeUp(ContactState state)
    {
        DateTimeOffset? next = null;
        foreach (ref readonly var instance in CollectionsMarshal.AsSpan(state.Instances))
        {
            if (instance.Wait is { } wait && (next is null || wait.Due < next))
            {
                next = wait.Due;
            }
        }

        foreach (ref readonly var held in CollectionsMarshal.AsSpan(state.Held))
        {
            if (next is null || held.Due < next)
            {
                next = held.Due;
            }
        }

        if (state.SegmentsRecheckAt is { } recheck && (next is null || recheck < next))
        {
            next = recheck;
        }

        foreach (var (_, due) in state.TriggerDue)
        {
            if (due != StimulusPass.Never && (next is null || due < next))
            {
                next = due;
            }
        }

        return next;
    }

    /// <summary>
    /// The compiled code an instance runs: the version it started on (<see cref="JourneyState.Version"/>).
    /// This build's journey when the versions match; otherwise the host's
    /// <see cref="ExecutorOptions.ResolveJourney"/> finds the older build, and without one (or
    /// without an answer) the instance goes on with this build's code.
    /// </summary>
    internal CompiledJourney? CodeFor(JourneyState instance)
    {
        var current = Journeys.GetValueOrDefault(instance.Journey);
        if ((current is not null && string.Equals(current.Info.Version, instance.Version, StringComparison.Ordinal))
            || Options.ResolveJourney is not { } resolve)
        {
            return current;
        }

        return resolve(instance.Journey, instance.Version) ?? current;
    }

    /// <summary>
    /// A pass for one stimulus. Passes are scratch space (queues, sets, the effect list) reused from
    /// one stimulus to the next, so a stimulus allocates little. The spare pass is taken atomically:
    /// two threads sharing an executor never share a pass (the second makes its own).
    /// </summary>
    private StimulusPass Begin(ContactState state, DateTimeOffset now)
    {
        var pass = Interlocked.Exchange(ref spare, null) ?? new StimulusPass(this);
        pass.Begin(state, now);
        return pass;
    }

    /// <summary>The pass's effects, copied out (the caller keeps them), and the pass back for the next stimulus.</summary>
    private IReadOnlyList<Effect> Finish(StimulusPass pass)
    {
        var effects = pass.TakeEffects();
        Volatile.Write(ref spare, pass);
        return effects;
    }

    private static void Add(Dictionary<string, List<CompiledJourney>> index, string key, CompiledJourney journey)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(journey);
    }
}
