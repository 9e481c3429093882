namespace MarketingAutomation.Server.Tests.Infrastructure;

/// <summary>Journey time that moves only when a test moves it: waits of hours take no time to test.</summary>
public sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    /// <summary>Monday 2 March 2026, 10:00 UTC: 11:00 in Warsaw, outside the shop's quiet hours.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private long ticks = start.UtcTicks;

    public ManualTime()
        : this(Monday)
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}
