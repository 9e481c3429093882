namespace MarketingAutomation.Runtime;

/// <summary>
/// What a host tells a compiled journey about the world: the time, the contact and the
/// contact's history. Implementations are pure reads; nothing here changes state.
/// </summary>
public interface IJourneyContext
{
    DateTimeOffset Now { get; }

    /// <summary>Today in the contact's time zone.</summary>
    DateOnly Today { get; }

    /// <summary>The contact's profile, an instance of the workspace's generated contact class.</summary>
    ContactProfile Profile { get; }

    /// <summary>The contact's lifecycle stage, or null before the first `stage` step.</summary>
    string? Stage { get; }

    bool Opened(string template);

    bool Clicked(string template);

    bool Received(string eventName);

    int Count(string eventName, TimeSpan? within);

    /// <summary>The total of one numeric field over the contact's events of that name.</summary>
    decimal Sum(string eventName, TimeSpan? within, Func<EventData, decimal?> field);

    EventData? Last(string eventName);

    decimal Score(string score);

    bool HasTag(string tag);

    /// <summary>A stable draw in [0, 1) for this contact, keyed by journey and split: the same contact always draws the same.</summary>
    double Draw(string journey, string split);

    /// <summary>Midnight of a date, in the contact's time zone or UTC.</summary>
    DateTimeOffset StartOfDay(DateOnly date, bool utc);

    /// <summary>The next moment the clock shows the time of day (after now), optionally skipping weekends.</summary>
    DateTimeOffset NextTimeOfDay(TimeOnly time, bool utc, bool weekdaysOnly);
}
