namespace MarketingAutomation.Runtime;

/// <summary>
/// A journey compiled to a resumable state machine. The generated subclass supplies the steps
/// (<see cref="Run"/>) and the conditions; this class owns the rules that are the same for every
/// journey: how an instance starts, and which stimulus wakes a pending wait.
/// </summary>
public abstract class CompiledJourney
{
    public abstract JourneyInfo Info { get; }

    /// <summary>Whether an event enters the contact (the trigger's event and its `where` filter).</summary>
    public virtual bool TriggerMatches(EventData @event, IJourneyContext context) => false;

    /// <summary>
    /// For `yearly` and `date` triggers: the date the trigger's expression gives for this contact
    /// (a yearly trigger fires on its month and day), or null when the contact has none.
    /// </summary>
    public virtual DateOnly? TriggerDate(IJourneyContext context) => null;

    /// <summary>Whether this event (or, with none, the contact's current data) reaches the goal.</summary>
    public virtual bool IsGoal(EventData? @event, JourneyState state, IJourneyContext context) => false;

    /// <summary>Whether a `leave when` criterion holds for this event, or for the contact's current data.</summary>
    public virtual bool ShouldLeave(EventData? @event, JourneyState state, IJourneyContext context) => false;

    /// <summary>Enters a contact and runs the first steps, up to the first wait or the end.</summary>
    public JourneyState Start(EventData? trigger, IJourneyContext context, IJourneyEffects effects)
    {
        var state = new JourneyState
        {
            Journey = Info.Name,
            Version = Info.Version,
            Trigger = trigger,
            EnteredAt = context.Now,
            InHoldout = Info.HoldoutPercent > 0 && context.Draw(Info.Name, "holdout") * 100 < (double)Info.HoldoutPercent,
        };
        return Run(state, 0, context, effects);
    }

    /// <summary>
    /// Wakes an instance with a stimulus and returns the instance as its steps left it. A stimulus
    /// that its pending wait does not wait for (an early timer, another event) returns it as it was.
    /// </summary>
    public JourneyState Resume(JourneyState state, Stimulus stimulus, IJourneyContext context, IJourneyEffects effects)
    {
        if (state.Status != JourneyStatus.Active || state.Wait is not { } wait)
        {
            return state;
        }

        if (stimulus.Kind == StimulusKind.Timer)
        {
            return context.Now < wait.Due ? state : Run(state, wait.TimeoutStep, context, effects);
        }

        if (stimulus.Event is { } arrived && Awaits(arrived, state, context))
        {
            return Run(state with { Received = arrived }, wait.ReceivedStep, context, effects);
        }

        return state;
    }

    /// <summary>Whether the instance's pending `wait for` takes this event (its name and `where` filter); nothing runs.</summary>
    public bool Awaits(EventData @event, JourneyState state, IJourneyContext context) =>
        state.Status == JourneyStatus.Active
        && state.Wait is { Kind: WaitKind.Event } wait
        && string.Equals(@event.EventName, wait.EventName, StringComparison.Ordinal)
        && WaitMatches(wait.ReceivedStep, @event, state, context);

    /// <summary>
    /// Runs steps from the label <paramref name="step"/> until a wait or the end, and returns the
    /// state with its new bookmark.
    /// </summary>
    protected abstract JourneyState Run(JourneyState state, int step, IJourneyContext context, IJourneyEffects effects);

    /// <summary>The `where` filter of the `wait for` whose received branch is <paramref name="receivedStep"/>.</summary>
    protected virtual bool WaitMatches(int receivedStep, EventData @event, JourneyState state, IJourneyContext context) => true;

    protected static JourneyState WaitUntil(JourneyState state, DateTimeOffset due, int next) =>
        state with { Step = next, Wait = new PendingWait(WaitKind.Timer, due, null, next, next) };

    protected static JourneyState WaitForEvent(JourneyState state, string eventName, DateTimeOffset due, int received, int timeout) =>
        state with { Step = received, Wait = new PendingWait(WaitKind.Event, due, eventName, received, timeout) };

    protected static JourneyState Complete(JourneyState state) => state with { Wait = null, Status = JourneyStatus.Completed };

    protected static JourneyState Exit(JourneyState state, IJourneyEffects effects)
    {
        effects.Exit();
        return state with { Wait = null, Status = JourneyStatus.Exited };
    }
}
