namespace MarketingAutomation.Runtime.Time;

/// <summary>
/// A zone's UTC offset by UTC day, remembered for the days whose offset holds from their first
/// tick to their last. Every zoned time asks the zone for two to a dozen offsets, and the
/// runtime's own look-up (finding the adjustment rule, then working out that year's daylight
/// saving) costs far more than reading one number back; contacts share a few zones and a few
/// days, so nearly every question has been asked before.
/// </summary>
/// <remarks>
/// <para>
/// A day is remembered only when the offset at its first tick equals the one at its last. tz
/// rules never change a zone's offset twice within two days (the assumption
/// <see cref="ZonedTime"/> already rests on), so equal ends mean no change inside the day; a day
/// with a change in it is asked of the zone every time.
/// </para>
/// <para>
/// Each slot is one <see cref="long"/> holding its day and the offset in seconds, written and read
/// whole, so threads share the table without a lock: a reader either finds its day in the slot
/// or asks the zone. Offsets that are not whole seconds (none in the tz database) are not kept.
/// </para>
/// </remarks>
internal sealed class ZoneOffsets
{
    /// <summary>
    /// Days remembered per zone (32 KB), by day number modulo this (a power of two): about eleven
    /// years of distinct days, as many as the yearly triggers' look-ups (the contacts' birthdays
    /// in the years either side of now) and everything nearer ask about.
    /// </summary>
    private const int Slots = 4096;

    /// <summary>The low bits of a slot hold the offset in seconds plus <see cref="Bias"/>; offsets lie within ±14 hours, far inside.</summary>
    private const int OffsetBits = 20;

    private const long Bias = 1L << (OffsetBits - 1);
    private const long OffsetMask = (1L << OffsetBits) - 1;

    /// <summary>
    /// How many of the first zones asked about are searched by reference before <see cref="All"/>:
    /// a host's contacts mostly share a handful. The array is replaced whole, never changed in place.
    /// </summary>
    private const int FirstAskedCount = 8;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TimeZoneInfo, ZoneOffsets> All = [];
    private static readonly Lock FirstAskedGate = new();
    private static ZoneOffsets[] firstAsked = [];

    private readonly TimeZoneInfo zone;

    /// <summary>Zero for an empty slot: a kept slot never is, since its offset bits are at least 1.</summary>
    private readonly long[] slots = new long[Slots];

    private ZoneOffsets(TimeZoneInfo zone) => this.zone = zone;

    /// <summary>The table of <paramref name="zone"/> (the same instance every time).</summary>
    public static ZoneOffsets Of(TimeZoneInfo zone)
    {
        var known = Volatile.Read(ref firstAsked);
        for (var i = 0; i < known.Length; i++)
        {
            if (ReferenceEquals(known[i].zone, zone))
            {
                return known[i];
            }
        }

        return Remember(zone);
    }

    /// <summary>The zone's offset at <paramref name="utcTicks"/>, which must lie within <see cref="DateTime"/>'s range.</summary>
    public TimeSpan At(long utcTicks)
    {
        var day = utcTicks / TimeSpan.TicksPerDay;
        var slot = Volatile.Read(ref slots[day & (Slots - 1)]);
        return slot != 0 && slot >> OffsetBits == day
            ? new TimeSpan(((slot & OffsetMask) - Bias) * TimeSpan.TicksPerSecond)
            : Ask(utcTicks, day);
    }

    private static ZoneOffsets Remember(TimeZoneInfo zone)
    {
        var offsets = All.GetValue(zone, static z => new ZoneOffsets(z));
        if (Volatile.Read(ref firstAsked).Length >= FirstAskedCount)
        {
            // Full: the later zones are found in the table, with no lock taken.
            return offsets;
        }

        lock (FirstAskedGate)
        {
            if (firstAsked.Length < FirstAskedCount && Array.IndexOf(firstAsked, offsets) < 0)
            {
                Volatile.Write(ref firstAsked, [.. firstAsked, offsets]);
            }
        }

        return offsets;
    }

    private TimeSpan Ask(long utcTicks, long day)
    {
        var offset = OffsetAt(utcTicks);
        var first = day * TimeSpan.TicksPerDay;
        var last = first + TimeSpan.TicksPerDay - 1;
        if (offset.Ticks % TimeSpan.TicksPerSecond == 0 && last <= DateTime.MaxValue.Ticks
            && OffsetAt(first) == offset && OffsetAt(last) == offset)
        {
            Volatile.Write(ref slots[day & (Slots - 1)], (day << OffsetBits) | (offset.Ticks / TimeSpan.TicksPerSecond + Bias));
        }

        return offset;
    }

    private TimeSpan OffsetAt(long utcTicks) => zone.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc));
}
