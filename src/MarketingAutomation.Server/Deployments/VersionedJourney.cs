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
/// a label is done through its <c>Resume</c>, on a copy of the instance whose wait is a timer that
/// is already due (which runs from the wait's timeout label), and a `wait for` filter is tested
/// with its <c>Awaits</c>.
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

    protected override bool WaitMatches(int receivedStep, EventData @event, JourneyState state, IJourneyContext context) =>
        toOld.Event(@event) is { } old && older.Awaits(old, toOld.Instance(state), Bridge(context));

    private IJourneyContext Bridge(IJourneyContext context) => new BridgedContext(context, toOld);

    /// <summary>No event converts to no event; an event the older build does not know matches nothing there.</summary>
    private bool Convert(EventData? @event, out EventData? old)
    {
        old = toOld.Event(@event);
        return @event is null || old is not null;
    }
}
