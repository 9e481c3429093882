namespace MarketingAutomation.Runtime;

/// <summary>
/// The base of every generated event class (declared and built-in), a class for the reason
/// <see cref="ContactProfile"/> gives. Events serialise as plain data; <see cref="EventName"/> is
/// the discriminator a host stores beside them.
/// </summary>
public abstract class EventData
{
    private DateTimeOffset occurredAt;

    /// <summary>The event's name as written in scripts, such as `order_placed` or `email.opened`.</summary>
    public abstract string EventName { get; }

    public DateTimeOffset OccurredAt { get => occurredAt; init => occurredAt = value; }

    /// <summary>A copy of this event that occurred at another moment.</summary>
    public EventData At(DateTimeOffset moment)
    {
        var copy = (EventData)MemberwiseClone();
        copy.occurredAt = moment;
        return copy;
    }
}
