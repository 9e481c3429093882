using MarketingAutomation.Runtime.Time;

namespace MarketingAutomation.Runtime.Execution;

/// <summary>
/// Time triggers, kept per contact as the next moment each one fires: profile dates (yearly and
/// once), inactivity and absence, and broadcasts (one-off and recurring, each contact at its own
/// local time). A trigger is recomputed only when what it depends on changed.
/// </summary>
internal sealed partial class StimulusPass
{
    /// <summary>Marks "never fires" (a contact without the date, a broadcast already past).</summary>
    internal static readonly DateTimeOffset Never = DateTimeOffset.MaxValue;

    private static readonly TriggerTiming DefaultTiming = new();

    private void FireTimeTriggers()
    {
        if (!AnyTriggerDue())
        {
            return;
        }

        for (var t = 0; t < executor.Timed.Count; t++)
        {
            var journey = executor.Timed[t];
            var name = journey.Info.Name;
            if (!state.TriggerDue.TryGetValue(name, out var due) || due > Now)
            {
                continue;
            }

            // Never until ScheduleTimeTriggers computes the next firing below: set in place rather
            // than removed, so the map keeps its order and size and nothing in it moves.
            state.TriggerDue[name] = Never;
            state.TriggerFired[name] = Now;
            firedNow[t] = anyFired = true;
            if (InAudience(journey))
            {
                TryEnter(journey, null, journey.Info.TriggerDescription);
            }
        }
    }

    /// <summary>
    /// Whether any trigger is due: one walk over the moments, instead of a lookup per time-triggered
    /// journey, for the many timers that wake a contact for something else (a wait, a held message).
    /// </summary>
    private bool AnyTriggerDue()
    {
        foreach (var (_, due) in state.TriggerDue)
        {
            if (due <= Now)
            {
                return true;
            }
        }

        return false;
    }

    private bool InAudience(CompiledJourney journey)
    {
        var info = journey.Info;
        if (info.Trigger is not (TriggerKind.Schedule or TriggerKind.Recurring) || info.TriggerSubject is null or "everyone")
        {
            return true;
        }

        try
        {
            return Catalog.Segments.TryGetValue(info.TriggerSubject, out var segment) && segment(context);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Record(new Effect(EffectKind.Failed, Now, info.Name) { Detail = "segment " + info.TriggerSubject + ": " + e.Message });
            return false;
        }
    }

    private void ScheduleTimeTriggers()
    {
        if (state.TriggerDue.Count == 0)
        {
            // A new contact: room for every trigger at once, rather than growing the table step by step.
            state.TriggerDue.EnsureCapacity(executor.Timed.Count);
        }

        // Whether every trigger may lack a moment: a contact new to this executor (just met, just
        // loaded, or after a deploy) or whose moments someone else changed. Otherwise the look-up
        // per trigger and stimulus is skipped: a pass only changes the moments of triggers that
        // fired, and computes them again below.
        var mayLackMoments = state.TriggersScheduled != (executor, state.TriggerDue.Count);
        if (!mayLackMoments && !anyFired && !(profileChanged && executor.HasDateTriggers) && !(eventRecorded && executor.HasQuietTriggers))
        {
            // Nothing a moment depends on changed: most timers (a wait, a held message) end here.
            return;
        }

        for (var t = 0; t < executor.Timed.Count; t++)
        {
            var journey = executor.Timed[t];
            var info = journey.Info;
            var stale = firedNow[t] || info.Trigger switch
            {
                TriggerKind.YearlyDate or TriggerKind.OnceDate => profileChanged,
                TriggerKind.Inactivity or TriggerKind.Absence => eventRecorded,
                _ => false,
            } || (mayLackMoments && !state.TriggerDue.ContainsKey(info.Name));
            if (!stale)
            {
                continue;
            }

            DateTimeOffset due;
            try
            {
                due = NextFiring(t, journey, firedNow[t]) ?? Never;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Record(new Effect(EffectKind.Failed, Now, info.Name) { Detail = "trigger date: " + e.Message });
                due = Never;
            }

            state.TriggerDue[info.Name] = due;
        }

        state.TriggersScheduled = (executor, state.TriggerDue.Count);
    }

    /// <summary>The trigger's next firing at or after now (after now if it just fired), or null for never. <paramref name="trigger"/> is its index in <see cref="Executor.Timed"/>.</summary>
    private DateTimeOffset? NextFiring(int trigger, CompiledJourney journey, bool justFired)
    {
        var info = journey.Info;
        var timing = info.Timing ?? DefaultTiming;
        var zone = timing.Utc ? TimeZoneInfo.Utc : context.Zone;
        var from = justFired ? Now.AddTicks(1) : Now;
        var lastFired = state.TriggerFired.TryGetValue(info.Name, out var fired) ? fired : (DateTimeOffset?)null;
        var at = timing.At ?? TimeOnly.MinValue;
        switch (info.Trigger)
        {
            case TriggerKind.YearlyDate:
                return journey.TriggerDate(context) is { } anniversary ? ZonedTime.NextYearly(anniversary, at, zone, Later(from, ZonedTime.StartOfDay(anniversary.AddDays(1), zone))) : null;
            case TriggerKind.OnceDate:
                return journey.TriggerDate(context) is { } date ? Upcoming(ZonedTime.At(date, at, zone), from, lastFired) : null;
            case TriggerKind.Schedule:
                return timing.Date is { } day ? Upcoming(ZonedTime.At(day, at, zone), from, lastFired) : null;
            case TriggerKind.Recurring:
                return timing.Days is { Count: > 0 } days ? zoneMemo.NextWeekly(trigger, days, at, zone, from) : null;
            case TriggerKind.Inactivity:
                return Quiet(state.LastActivity, timing.Period, from, lastFired);
            case TriggerKind.Absence:
                var last = info.TriggerSubject is { } e ? context.Last(e)?.OccurredAt : null;
                return Quiet(last, timing.Period, from, lastFired);
            default:
                return null;
        }
    }

    /// <summary>A yearly date fires on its anniversaries, never on the date itself (a first order placed today is not its own anniversary).</summary>
    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>A one-off moment: fires if it is still ahead and has not fired for this moment already.</summary>
    private static DateTimeOffset? Upcoming(DateTimeOffset moment, DateTimeOffset from, DateTimeOffset? lastFired) =>
        moment >= from && (lastFired is null || lastFired < moment) ? moment : null;

    /// <summary>Inactivity and absence: a period after the last activity (or since the contact became known), once per quiet stretch.</summary>
    private DateTimeOffset? Quiet(DateTimeOffset? lastActivity, TimeSpan? period, DateTimeOffset from, DateTimeOffset? lastFired)
    {
        if (period is not { } p || (lastActivity ?? state.FirstSeen) is not { } since)
        {
            return null;
        }

        var due = since + p;
        if (lastFired is { } firedAt && firedAt >= since)
        {
            return null;
        }

        return due < from ? from : due;
    }
}
