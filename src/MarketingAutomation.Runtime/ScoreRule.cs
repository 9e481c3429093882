namespace MarketingAutomation.Runtime;

/// <summary>One `on <event> +points [where ...] [max n per d]` rule of a score, with its filter compiled.</summary>
public sealed record ScoreRule(
    string Score,
    string EventName,
    decimal Points,
    int? CapCount,
    TimeSpan? CapPeriod,
    Func<EventData, IJourneyContext, bool> Matches);

/// <summary>`decay 20% every 30d` of a score.</summary>
public sealed record ScoreDecay(string Score, decimal Percent, TimeSpan Period);
