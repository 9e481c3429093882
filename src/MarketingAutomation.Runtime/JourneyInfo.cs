namespace MarketingAutomation.Runtime;

public enum TriggerKind
{
    /// <summary>Entered only through `start journey`.</summary>
    None,
    Event,
    SegmentEnters,
    SegmentLeaves,
    StageBecomes,
    YearlyDate,
    OnceDate,
    Inactivity,
    Absence,
    Schedule,
    Recurring,
}

/// <summary>
/// What a host needs to know about a journey before running it: its trigger, entry rule and
/// holdout. Subject is the event, segment or stage the trigger names (`everyone` for a broadcast
/// to every contact); <paramref name="Timing"/> says when a time-based trigger fires.
/// </summary>
public sealed record JourneyInfo(
    string Name,
    string Version,
    TriggerKind Trigger,
    string? TriggerSubject,
    string TriggerDescription,
    bool EntryOnce,
    TimeSpan? MinimumReentryGap,
    TimeSpan? GoalWindow,
    decimal HoldoutPercent,
    TriggerTiming? Timing = null)
{
    /// <summary>The name of the .journey file that declares the journey, for timelines and errors.</summary>
    public string? SourceFile { get; init; }
}
