namespace MarketingAutomation.Runtime;

/// <summary>
/// The whole state of one contact's instance of one journey: everything needed to resume it on
/// another machine after a deploy. It names the journey version it started on, so a host keeps
/// it on that version's compiled code.
/// </summary>
/// <remarks>
/// A value, not an object: a contact's instances live in one array inside its state, so entering
/// a journey or moving to the next step stores no new object into long-lived state (each one
/// would be copied by the collector and kept alive until an older generation is collected).
/// A step returns a changed copy (<c>with</c>), which the executor stores back in place.
/// </remarks>
public readonly record struct JourneyState
{
    public required string Journey { get; init; }

    public required string Version { get; init; }

    /// <summary>The label of the step the instance runs next.</summary>
    public int Step { get; init; }

    public PendingWait? Wait { get; init; }

    /// <summary>Active (the default) until the instance completes or exits.</summary>
    public JourneyStatus Status { get; init; }

    /// <summary>The triggering event, when an event triggered the journey: `event.x` reads it.</summary>
    public EventData? Trigger { get; init; }

    /// <summary>The event that satisfied the last `wait for`: `event.x` inside `received { }` reads it.</summary>
    public EventData? Received { get; init; }

    public DateTimeOffset EnteredAt { get; init; }

    /// <summary>True when the contact was drawn into the journey's holdout: it gets no sends.</summary>
    public bool InHoldout { get; init; }
}
