namespace MarketingAutomation.Runtime;

/// <summary>One `on <event> +points [where ...] [max n per d]` rule of a score, with its filter compiled.</summary>
public sealed record ScoreRule(
    string Score,
    string EventName,
    decimal Points,
    int? CapCount,
    TimeSpan? CapPeriod,
    Func<EventData, IJourneyContext, bool> Matches)
{
    /// <summary>
    /// The filter of a rule without `where`. The runtime applies a rule only to events of its
    /// <see cref="EventName"/>, so such a rule matches every event it is asked about.
    /// </summary>
    public static Func<EventData, IJourneyContext, bool> Always { get; } = static (_, _) => true;
}

/// <summary>`decay 20% every 30d` of a score.</summary>
public sealed record ScoreDecay(string Score, decimal Percent, TimeSpan Period);
