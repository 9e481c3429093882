using MarketingAutomation.Runtime;

namespace MarketingAutomation.Server.Deployments;

/// <summary>
/// An older build's journey, runnable by the current build's executor: what the executor's
/// <c>ResolveJourney</c> returns for an instance that started before a deploy. Every call crosses
/// the bridge: the contact and events go in as the older build's types, effects and the new
/// instance state come back as the current build's.
/// </summary>
/// <remarks>
/// Only the public surface of <see cref="CompiledJourney"/> is used. Running the older steps from
/// a label is done through its <c>Resume</c> with a timer that is already due (which runs from
/// the wait's timeout label), and a `wait for` filter is tested by resuming on a throwaway copy
/// with the effects discarded: the journey is a pure function of its inputs, so the probe changes
/// nothing.
/// </remarks>
internal sealed class VersionedJourney(CompiledJourney older, CatalogBridge toOld, CatalogBridge toCurrent) : CompiledJourney
{
    public override JourneyInfo Info => older.Info;

    public override bool TriggerMatches(EventData @event, IJourneyContext context) =>
        toOld.Event(@event) is { } old && older.TriggerMatches(old, Bridge(context));

    public override DateOnly? TriggerDate(IJourneyContext context) => older.TriggerDate(Bridge(context));

    public override bool IsGoal(EventData? @event, JourneyState state, IJourneyContext context) =>
        Convert(@event, out var old) && older.IsGoal(old, toOld.Instance(state), Bridge(context));

    public override bool ShouldLeave(EventData? @event, JourneyState state, IJourneyContext context) =>
        Convert(@event, out var old) && older.ShouldLeave(old, toOld.Instance(state), Bridge(context));

    protected override JourneyState Run(JourneyState state, int step, IJourneyContext context, IJourneyEffects effects)
    {
        var due = new PendingWait(WaitKind.Timer, DateTimeOffset.MinValue, null, step, step);
        var next = older.Resume(toOld.Instance(state) with { Wait = due }, Stimulus.TimerFired, Bridge(context), new BridgedEffects(effects, toCurrent));
        return toCurrent.Instance(next);
    }

    protected override bool WaitMatches(int receivedStep, EventData @event, JourneyState state, IJourneyContext context)
    {
        if (toOld.Event(@event) is not { } old || state.Wait is null)
        {
            return false;
        }

        var before = toOld.Instance(state);
        var after = older.Resume(before, Stimulus.Arrived(old), Bridge(context), DiscardedEffects.Instance);
        return !ReferenceEquals(before, after);
    }

    private IJourneyContext Bridge(IJourneyContext context) => new BridgedContext(context, toOld);

    /// <summary>No event converts to no event; an event the older build does not know matches nothing there.</summary>
    private bool Convert(EventData? @event, out EventData? old)
    {
        old = toOld.Event(@event);
        return @event is null || old is not null;
    }
}
