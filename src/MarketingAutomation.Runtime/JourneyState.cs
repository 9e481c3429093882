namespace MarketingAutomation.Runtime;

/// <summary>
/// The whole state of one contact's instance of one journey: everything needed to resume it on
/// another machine after a deploy. It names the journey version it started on, so a host keeps
/// it on that version's compiled code.
/// </summary>
/// <remarks>
/// The executor changes an instance in place as its steps run (the bookmark, the status, the event
/// a `wait for` received) rather than copying it at every step: the instance lives as long as the
/// contact's state, and a new object stored into long-lived state on every step is what the
/// collector pays for most. Whoever needs an instance as it was (a probe, a test) copies it with
/// <c>with { }</c>.
/// </remarks>
public sealed record JourneyState
{
    public required string Journey { get; init; }

    public required string Version { get; init; }

    /// <summary>The label of the step the instance runs next.</summary>
    public int Step { get; set; }

    public PendingWait? Wait { get; set; }

    public JourneyStatus Status { get; set; } = JourneyStatus.Active;

    /// <summary>The triggering event, when an event triggered the journey: `event.x` reads it.</summary>
    public EventData? Trigger { get; init; }

    /// <summary>The event that satisfied the last `wait for`: `event.x` inside `received { }` reads it.</summary>
    public EventData? Received { get; set; }

    public DateTimeOffset EnteredAt { get; init; }

    /// <summary>True when the contact was drawn into the journey's holdout: it gets no sends.</summary>
    public bool InHoldout { get; init; }
}
