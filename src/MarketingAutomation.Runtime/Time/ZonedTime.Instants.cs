namespace MarketingAutomation.Runtime.Time;

public static partial class ZonedTime
{
    /// <summary>
    /// The first and last instants at which the zone's clock shows <paramref name="time"/> on
    /// <paramref name="date"/>. They differ only inside an overlap; inside a gap both are the instant
    /// after moving forward by the gap's length. Null when the instant cannot be represented.
    /// </summary>
    /// <remarks>
    /// Works on instants only (the zone's offset at a UTC moment), so a valid local time always comes
    /// back unchanged from <see cref="LocalDate"/> and <see cref="LocalTime"/>. Offsets lie within
    /// ±14h, so every instant that could show this local time lies within a day of it read as UTC;
    /// the offsets in force a day either side are the ones before and after any change near it
    /// (tz rules never change a zone's offset twice within two days).
    /// </remarks>
    private static (DateTimeOffset First, DateTimeOffset Last)? Occurrences(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time).Ticks;
        var before = OffsetAt(local - TimeSpan.TicksPerDay, zone);
        var after = OffsetAt(local + TimeSpan.TicksPerDay, zone);
        if (before == after)
        {
            // No change nearby (nearly always): the one reading holds, with that offset. Four
            // look-ups of the zone's rules fewer; they are most of the cost of a zoned time.
            return Read(local, before) is { } only ? (only, only) : null;
        }

        // Read the local time with each offset; a reading is genuine when the zone really uses that
        // offset at the instant it names.
        var readBefore = local - before.Ticks;
        var readAfter = local - after.Ticks;
        var beforeHolds = OffsetAt(readBefore, zone) == before;
        var afterHolds = OffsetAt(readAfter, zone) == after;

        var (first, last) = (beforeHolds, afterHolds) switch
        {
            // No change nearby (both readings are the same instant), or an overlap (two instants).
            (true, true) => (Math.Min(readBefore, readAfter), Math.Max(readBefore, readAfter)),
            (true, false) => (readBefore, readBefore),
            (false, true) => (readAfter, readAfter),

            // A gap: the clock jumped over this time. Read with the offset from before the jump, it
            // names an instant just after the jump, where the clock shows the time plus the gap.
            (false, false) => (readBefore, readBefore),
        };

        return InZone(first, zone) is { } firstMoment && InZone(last, zone) is { } lastMoment
            ? (firstMoment, lastMoment)
            : null;
    }

    /// <summary>The local time read with an offset the zone uses then; null if out of range.</summary>
    private static DateTimeOffset? Read(long localTicks, TimeSpan offset)
    {
        var utcTicks = localTicks - offset.Ticks;
        return utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks
            || localTicks < DateTime.MinValue.Ticks || localTicks > DateTime.MaxValue.Ticks
            ? null
            : new DateTimeOffset(localTicks, offset);
    }

    private static TimeSpan OffsetAt(long utcTicks, TimeZoneInfo zone)
    {
        var clamped = Math.Clamp(utcTicks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks);
        return ZoneOffsets.Of(zone).At(clamped);
    }

    /// <summary>The instant with the zone's offset there; null if it, or its wall-clock reading, is out of range.</summary>
    private static DateTimeOffset? InZone(long utcTicks, TimeZoneInfo zone)
    {
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return null;
        }

        var offset = OffsetAt(utcTicks, zone);
        var localTicks = utcTicks + offset.Ticks;
        return localTicks < DateTime.MinValue.Ticks || localTicks > DateTime.MaxValue.Ticks
            ? null
            : new DateTimeOffset(localTicks, offset);
    }
}
