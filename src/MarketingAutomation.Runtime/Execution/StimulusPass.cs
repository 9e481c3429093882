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
/// <item>reschedule time triggers and trim history.</item>
/// </list>
/// </summary>
internal sealed partial class StimulusPass
{
    private readonly Executor executor;
    private readonly ContactState state;
    private readonly ContactContext context;
    private readonly Queue<string> pendingStarts = new();
    private readonly Queue<string> pendingStages = new();
    private readonly HashSet<string> firedNow = new(StringComparer.Ordinal);
    private bool dataChanged;
    private bool profileChanged;
    private bool eventRecorded;

    public StimulusPass(Executor executor, ContactState state, DateTimeOffset now)
    {
        this.executor = executor;
        this.state = state;
        Now = now;
        context = new ContactContext(executor, state, now, executor.Schema.ZoneOf(state.Profile));
    }

    public DateTimeOffset Now { get; }

    public List<Effect> Effects { get; } = [];

    private JourneyCatalog Catalog => executor.Catalog;

    public void Run(Stimulus stimulus)
    {
        switch (stimulus.Kind)
        {
            case StimulusKind.Event when stimulus.Event is { } @event:
                RecordEvent(@event);
                executor.Scores.Apply(state, @event, context, (score, delta, total) => ScoreEffect(null, score, delta, total));
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
        Trim();
    }

    /// <summary>A contact the runtime has just met: segments it is already in count as entered, and its time triggers are scheduled.</summary>
    public void RunAdmit()
    {
        dataChanged = true;
        profileChanged = true;
        Settle();
        ScheduleTimeTriggers();
    }

    public void RunStart(string journey)
    {
        RequestStart(journey);
        Settle();
        ScheduleTimeTriggers();
    }

    /// <summary>The script line of the step running now (0 outside journey steps); effects recorded meanwhile carry it.</summary>
    public int Line { get; set; }

    /// <summary>The script file of the journey running now.</summary>
    public string? File { get; set; }

    public void Record(Effect effect) =>
        Effects.Add(Line > 0 && effect.Line == 0 ? effect with { Line = Line, File = File } : effect);

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
                state.Segments.Add(name);
                foreach (var journey in executor.OnSegmentEnter.GetValueOrDefault(name) ?? [])
                {
                    TryEnter(journey, null, "entered segment " + name);
                }
            }
            else
            {
                state.Segments.Remove(name);
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
        if ((!eventRecorded && state.SegmentsRecheckAt is not null) || executor.WatchedSegments.Count == 0 || Catalog.SegmentWindows.Count == 0)
        {
            return;
        }

        DateTimeOffset? next = null;
        foreach (var e in state.History)
        {
            foreach (var window in Catalog.SegmentWindows)
            {
                var agesOut = e.OccurredAt + window;
                if (agesOut > Now && (next is null || agesOut < next))
                {
                    next = agesOut;
                }
            }
        }

        state.SegmentsRecheckAt = next;
    }

    private void Trim()
    {
        var horizon = Now - Executor.HistoryWindow;
        if (state.History.Count > 0 && state.History[0].OccurredAt < horizon)
        {
            state.History.RemoveAll(e => e.OccurredAt < horizon);
        }

        var capHorizon = Now - executor.LongestCap;
        if (state.Sent.Count > 0 && state.Sent[0].At <= capHorizon)
        {
            state.Sent.RemoveAll(s => s.At <= capHorizon);
        }
    }
}
