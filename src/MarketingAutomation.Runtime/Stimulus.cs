namespace MarketingAutomation.Runtime;

public enum StimulusKind
{
    /// <summary>A timer the host scheduled for a pending wait's due time.</summary>
    Timer,

    /// <summary>An event about the contact.</summary>
    Event,
}

/// <summary>What wakes an instance: a timer or an event. The time comes from the context.</summary>
public sealed record Stimulus(StimulusKind Kind, EventData? Event)
{
    public static Stimulus TimerFired { get; } = new(StimulusKind.Timer, null);

    public static Stimulus Arrived(EventData @event) => new(StimulusKind.Event, @event);
}
