namespace MarketingAutomation.Server;

/// <summary>
/// The time journeys run on: when stimuli happen, when timers and retries are due. Its own type,
/// not the container's <see cref="TimeProvider"/>, so a test can move journey time without
/// moving the clock Orleans keeps its own timeouts by.
/// </summary>
public sealed class JourneyClock(TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();
}
