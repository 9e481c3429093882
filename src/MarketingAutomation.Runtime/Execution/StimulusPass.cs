namespace MarketingAutomation.Runtime.Execution;

/// <summary>
/// One stimulus applied to one contact. The order is fixed, so outcomes never depend on timing:
/// <list type="number">
/// <item>record the stimulus (event history and engagement, score rules, or profile changes);</item>
/// <item>advance running instances in the order they started: goal first, then `leave when`,
/// then the pending wait (an event for `wait for`, due timers, held messages);</item>
/// <item>enter journeys the stimulus triggers (after the running ones, so a trigger is never its own goal);</item>
/// <item>settle knock-on effects: condition goals and exits, segment entries and exits, stage changes
/// and `start journey`, in rounds until nothing changes (at most <see cref="ExecutorOptions.CascadeLimit"/>);</item>
/// <item>reschedule time triggers and the next segment re-check.</item>
/// </list>
/// </summary>
/// <remarks>
/// A pass is scratch space that an <see cref="Executor"/> reuses from one stimulus to the next
/// (<see cref="Begin"/> resets it); it is used by one thread at a time and keeps nothing that
/// outlives a stimulus.
/// </remarks>
internal sealed partial class StimulusPass
{
    private readonly Executor executor;
    private readonly ContactContext context;
    private readonly JourneyEffectSink sink;
    private readonly Queue<string> pendingStarts = new();
    private readonly Queue<string> pendingStages = new();

    /// <summary>Which time triggers fired in this pass, by index in <see cref="Executor.Timed"/>.</summary>
    private readonly bool[] firedNow;

    /// <summary>Whether any entry of <see cref="firedNow"/> is set.</summary>
    private bool anyFired;

    /// <summary>Score changes from score rules, as effects (one delegate for every pass, not one per event).</summary>
    private readonly Action<string, decimal, decimal> scoreRuleChanged;
    private ContactState state = null!;
    private bool dataChanged;
    private bool profileChanged;
    private bool eventRecorded;

    public StimulusPass(Executor executor)
    {
        this.executor = executor;
        context = new ContactContext(executor);
        sink = new JourneyEffectSink(this);
        firedNow = new bool[executor.Timed.Count];
        scoreRuleChanged = (score, delta, total) => ScoreEffect(null, score, delta, total);
    }

    public DateTimeOffset Now { get; private set; }

    private List<Effect> Effects { get; } = [];

    /// <summary>Readies the pass for one stimulus to <paramref name="contact"/> at <paramref name="now"/>.</summary>
    public void Begin(ContactState contact, DateTimeOffset now)
    {
        state = contact;
        contact.PrefetchParts();
        Now = now;
        context.Begin(contact, now, executor.Schema.FactsOf(contact).Zone);
        pendingStarts.Clear();
        pendingStages.Clear();
        if (anyFired)
        {
            Array.Clear(firedNow);
            anyFired = false;
        }
        dataChanged = profileChanged = eventRecorded = false;
        Line = 0;
        File = null;
        Effects.Clear();
    }

    /// <summary>The effects of the stimulus, copied out for the caller to keep; the pass forgets them.</summary>
    public Effect[] TakeEffects()
    {
        var effects = Effects.Count == 0 ? [] : Effects.ToArray();
        Effects.Clear();
        return effects;
    }

    /// <summary>The effects of the stimulus, added to the caller's list; the pass forgets them.</summary>
    public void MoveEffectsTo(List<Effect> into)
    {
        into.AddRange(Effects);
        Effects.Clear();
    }

    private JourneyCatalog Catalog => executor.Catalog;

    public void Run(Stimulus stimulus)
    {
        switch (stimulus.Kind)
        {
            case StimulusKind.Event when stimulus.Event is { } @event:
                RecordEvent(@event);
                executor.Scores.Apply(state, @event, context, scoreRuleChanged);
                AdvanceOnEvent(@event, stimulus);
                EnterOnEvent(@event);
                break;
            case StimulusKind.ProfileChanged:
                foreach (var (field, value) in stimulus.Changes ?? new Dictionary<string, object?>())
                {
                    if (field == "stage" && value is string stage && Catalog.Stages.Contains(stage) && !Catalog.ContactFields.Any(f => f.Name == field))
                    {
                        ChangeStage(null, stage);
                    }
                    else
                    {
                        SetField(null, field, value);
                    }
                }

                break;
            case StimulusKind.Timer:
                if (state.SegmentsRecheckAt is { } recheck && recheck <= Now)
                {
                    state.SegmentsRecheckAt = null;
                    dataChanged = true;
                }

                ReleaseHeldSends();
                AdvanceOnTimer();
                FireTimeTriggers();
                break;
        }

        Settle();
        ScheduleTimeTriggers();
        ScheduleSegmentRecheck();
    }

    /// <summary>A contact the runtime has just met: segments it is already in count as entered, and its time triggers are scheduled.</summary>
    public void RunAdmit()
    {
        dataChanged = true;
        profileChanged = true;
        Settle();
        ScheduleTimeTriggers();
    }

    /// <summary>The script line of the step running now (0 outside journey steps); effects recorded meanwhile carry it.</summary>
    public int Line { get; set; }

    /// <summary>The script file of the journey running now.</summary>
    public string? File { get; set; }

    /// <summary>Adds an effect, stamped with the running step's line unless it names its own.</summary>
    public void Record(Effect effect)
    {
        if (Line > 0 && effect.Line == 0)
        {
            effect = effect with { Line = Line, File = File };
        }

        Effects.Add(effect);
    }

    public void RequestStart(string journey) => pendingStarts.Enqueue(journey);

    private void Settle()
    {
        for (var round = 0; round < executor.Options.CascadeLimit; round++)
        {
            var progressed = false;
            if (dataChanged)
            {
                dataChanged = false;
                progressed = true;
                CheckConditions();
                SegmentChanges();
            }

            while (pendingStages.TryDequeue(out var stage))
            {
                progressed = true;
                foreach (var journey in executor.OnStage.GetValueOrDefault(stage) ?? [])
                {
                    TryEnter(journey, null, "stage became " + stage);
                }
            }

            while (pendingStarts.TryDequeue(out var name))
            {
                progressed = true;
                if (executor.Journeys.TryGetValue(name, out var journey))
                {
                    TryEnter(journey, null, "start journey");
                }
            }

            if (!progressed)
            {
                return;
            }
        }

        Record(new Effect(EffectKind.Failed, Now, null)
        {
            Detail = $"stopped after {executor.Options.CascadeLimit} rounds of journeys triggering each other (segments, stages or `start journey` in a loop)",
        });
    }

    /// <summary>Watched segments re-evaluated after a change; entries and exits trigger journeys.</summary>
    private void SegmentChanges()
    {
        foreach (var (name, condition) in executor.WatchedSegments)
        {
            bool isIn;
            try
            {
                isIn = condition(context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Record(new Effect(EffectKind.Failed, Now, null) { Name = name, Detail = "segment " + name + ": " + e.Message });
                continue;
            }

            var wasIn = state.Segments.Contains(name);
            if (isIn == wasIn)
            {
                continue;
            }

            if (isIn)
            {
                state.Segments = state.Segments.With(name);
                foreach (var journey in executor.OnSegmentEnter.GetValueOrDefault(name) ?? [])
                {
                    TryEnter(journey, null, "entered segment " + name);
                }
            }
            else
            {
                state.Segments = state.Segments.Without(name);
                foreach (var journey in executor.OnSegmentLeave.GetValueOrDefault(name) ?? [])
                {
                    TryEnter(journey, null, "left segment " + name);
                }
            }
        }
    }

    /// <summary>The next moment an event of the history leaves one of the windows segments read (only when a trigger watches segments).</summary>
    private void ScheduleSegmentRecheck()
    {
        if ((!eventRecorded && state.SegmentsRecheckAt is not null) || executor.WatchedSegments.Count == 0 || executor.SegmentWindows.Length == 0)
        {
            return;
        }

        DateTimeOffset? next = null;
        var windows = executor.SegmentWindows;
        var history = state.History;
        var kept = Executor.HistoryStart(Now);
        for (var i = 0; i < history.Count; i++)
        {
            if (history[i].OccurredAt < kept)
            {
                continue;
            }

            for (var j = 0; j < windows.Length; j++)
            {
                var agesOut = history[i].OccurredAt + windows[j];
                if (agesOut > Now && (next is null || agesOut < next))
                {
                    next = agesOut;
                }
            }
        }

        state.SegmentsRecheckAt = next;
    }

    /// <summary>
    /// Forgets the events that left the history window, when an event is added: the only time the
    /// history grows. Timers do not trim: they would touch the history (three objects) only for that.
    /// </summary>
    private void TrimHistory()
    {
        var horizon = Executor.HistoryStart(Now);
        var history = state.History;
        var old = 0;
        while (old < history.Count && history[old].OccurredAt < horizon)
        {
            old++;
        }

        history.RemoveRange(0, old);
    }

    /// <summary>
    /// Forgets the messages sent before the longest frequency cap's period, when a message is added
    /// (caps count only inside their period, so older ones only take room). A loop: sends age out
    /// often, and RemoveAll's lambda would allocate each time.
    /// </summary>
    private void TrimSent()
    {
        var horizon = Now - executor.LongestCap;
        var sent = state.Sent;
        if (sent.Count == 0 || sent[0].At > horizon)
        {
            return;
        }

        var kept = 0;
        for (var i = 0; i < sent.Count; i++)
        {
            if (sent[i].At > horizon)
            {
                sent[kept++] = sent[i];
            }
        }

        sent.RemoveRange(kept, sent.Count - kept);
    }
}
