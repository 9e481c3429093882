namespace MarketingAutomation.Runtime;

/// <summary>
/// The whole state of one contact's instance of one journey: everything needed to resume it on
/// another machine after a deploy. It names the journey version it started on, so a host keeps
/// it on that version's compiled code.
/// </summary>
public sealed record JourneyState
{
    public required string Journey { get; init; }

    public required string Version { get; init; }

    /// <summary>The label of the step the instance runs next.</summary>
    public int Step { get; init; }

    public PendingWait? Wait { get; init; }

    public JourneyStatus Status { get; init; } = JourneyStatus.Active;

    /// <summary>The triggering event, when an event triggered the journey: `event.x` reads it.</summary>
    public EventData? Trigger { get; init; }

    /// <summary>The event that satisfied the last `wait for`: `event.x` inside `received { }` reads it.</summary>
    public EventData? Received { get; init; }

    public DateTimeOffset EnteredAt { get; init; }

    /// <summary>True when the contact was drawn into the journey's holdout: it gets no sends.</summary>
    public bool InHoldout { get; init; }
}
