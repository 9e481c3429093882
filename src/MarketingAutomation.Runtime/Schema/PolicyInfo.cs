namespace MarketingAutomation.Runtime;

/// <summary>The workspace's `policy` blocks, merged.</summary>
public sealed record PolicyInfo(QuietHours? QuietHours, IReadOnlyList<FrequencyCap> Caps)
{
    public static PolicyInfo None { get; } = new(null, Array.Empty<FrequencyCap>());
}

/// <summary>`quiet hours 21:00..08:00 local`: no message goes out from <paramref name="From"/> to <paramref name="To"/> (which may run over midnight).</summary>
public sealed record QuietHours(TimeOnly From, TimeOnly To, bool Utc);

/// <summary>`at most 3 email per 7d`, counted across all journeys.</summary>
public sealed record FrequencyCap(Channel Channel, int Count, TimeSpan Period);
