namespace MarketingAutomation.Server.Storage;

/// <summary>
/// A write with its timeline already encoded (<see cref="TimelineEntries"/>). Made on the caller's
/// thread when the write is queued, so the one writer thread, the store's bottleneck under load,
/// only binds and inserts.
/// </summary>
internal sealed record PreparedWrite(StoreWrite Write, Utf8Text? EncodedTimeline)
{
    public static PreparedWrite Of(StoreWrite write) => new(write, TimelineOf(write) is { Count: > 0 } rows ? TimelineEntries.Encode(rows) : null);

    /// <summary>The timeline rows the write adds, in order.</summary>
    public static IReadOnlyList<TimelineRow> TimelineOf(StoreWrite write) => write switch
    {
        ContactWrite contact => contact.Timeline,
        OutboxUpdate { Timeline: { } row } => [row],
        _ => [],
    };
}
