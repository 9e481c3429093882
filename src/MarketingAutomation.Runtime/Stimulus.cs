namespace MarketingAutomation.Runtime;

public enum StimulusKind
{
    /// <summary>A timer the host scheduled for the contact's next wake-up.</summary>
    Timer,

    /// <summary>An event about the contact.</summary>
    Event,

    /// <summary>The contact's profile changed from outside (a form, a CRM sync, a test's `set`).</summary>
    ProfileChanged,
}

/// <summary>What wakes a contact: a timer, an event or a profile change. The time comes from the context.</summary>
public sealed record Stimulus(StimulusKind Kind, EventData? Event)
{
    public static Stimulus TimerFired { get; } = new(StimulusKind.Timer, null);

    /// <summary>
    /// For <see cref="StimulusKind.ProfileChanged"/>: the changed fields as plain values (see
    /// <see cref="FieldInfo"/>). `stage` with a lifecycle stage's name moves the contact to that stage.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Changes { get; init; }

    public static Stimulus Arrived(EventData @event) => new(StimulusKind.Event, @event);

    public static Stimulus Changed(IReadOnlyDictionary<string, object?> changes) => new(StimulusKind.ProfileChanged, null) { Changes = changes };
}
