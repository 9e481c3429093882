namespace MarketingAutomation.Runtime;

/// <summary>
/// The base of every generated event record (declared and built-in). Records serialise as plain
/// data; <see cref="EventName"/> is the discriminator a host stores beside them.
/// </summary>
public abstract record EventData
{
    /// <summary>The event's name as written in scripts, such as `order_placed` or `email.opened`.</summary>
    public abstract string EventName { get; }

    public DateTimeOffset OccurredAt { get; init; }
}
