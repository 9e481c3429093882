namespace MarketingAutomation.Hosting.Input;

/// <summary>
/// A line of an events file: an event for a contact (<see cref="EventName"/> set, <see cref="Values"/>
/// its data), or a change of the contact's profile (<see cref="EventName"/> null, <see cref="Values"/>
/// the changed fields). Values are plain values.
/// </summary>
public sealed record EventRecord(int Line, DateTimeOffset At, string Contact, string? EventName, IReadOnlyDictionary<string, object?> Values) : IInputRecord
{
    public bool IsProfileChange => EventName is null;
}
