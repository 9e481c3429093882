namespace MarketingAutomation.Runtime.Simulation;

/// <summary>
/// The contacts' queued timers, soonest first: a four-way min-heap of 24-byte entries compared as
/// two numbers. It is the largest part of the simulator's queue (about one timer per contact),
/// and every stimulus that is a timer (three in four) takes one, so its entries are kept small and
/// its comparisons plain: a <see cref="PriorityQueue{TElement, TPriority}"/> of contacts by
/// <see cref="WorkKey"/> held 40 bytes an entry and compared a phase that timers all share.
/// </summary>
/// <remarks>
/// An entry is the timer's instant (UTC ticks), then its sequence number with its offset in the
/// low bits (sequence numbers are unique, so they decide the order alone), then the contact. The
/// offset is kept so the key comes back exactly as queued: the clock shows it. Sequence numbers
/// must stay below 2^52 to fit; a simulator counting a billion items a second would take over a
/// month to get there.
/// </remarks>
internal sealed class TimerHeap
{
    /// <summary>The offset in minutes (within ±14 hours) plus <see cref="OffsetBias"/>, below the sequence number.</summary>
    private const int OffsetBits = 11;

    private const long OffsetBias = 1 << (OffsetBits - 1);
    private const long OffsetMask = (1L << OffsetBits) - 1;

    private Entry[] entries = new Entry[16];
    private int count;

    /// <summary>Queues a timer; its key must be a timer's (phase 1).</summary>
    public void Enqueue(KnownContact contact, WorkKey key)
    {
        if (count == entries.Length)
        {
            Array.Resize(ref entries, entries.Length * 2);
        }

        var order = (key.Sequence << OffsetBits) | ((long)key.At.TotalOffsetMinutes + OffsetBias);
        SiftUp(count++, new Entry(key.At.UtcTicks, order, contact));
    }

    public bool TryPeek(out KnownContact contact, out WorkKey key)
    {
        if (count == 0)
        {
            (contact, key) = (null!, default);
            return false;
        }

        ref readonly var first = ref entries[0];
        (contact, key) = (first.Contact, KeyOf(first));
        return true;
    }

    /// <summary>Takes the soonest timer's contact.</summary>
    public KnownContact Dequeue()
    {
        if (count == 0)
        {
            throw new InvalidOperationException("No timer is queued.");
        }

        var contact = entries[0].Contact;
        var last = entries[--count];
        entries[count] = default;
        if (count > 0)
        {
            SiftDown(0, last);
        }

        return contact;
    }

    private static WorkKey KeyOf(in Entry entry)
    {
        var offset = TimeSpan.FromMinutes((entry.Order & OffsetMask) - OffsetBias);
        return new WorkKey(new DateTimeOffset(entry.UtcTicks + offset.Ticks, offset), 1, entry.Order >> OffsetBits);
    }

    private void SiftUp(int hole, Entry entry)
    {
        while (hole > 0)
        {
            var parent = (hole - 1) >> 2;
            if (!entries[parent].After(entry))
            {
                break;
            }

            entries[hole] = entries[parent];
            hole = parent;
        }

        entries[hole] = entry;
    }

    private void SiftDown(int hole, Entry entry)
    {
        while (true)
        {
            var first = (hole << 2) + 1;
            if (first >= count)
            {
                break;
            }

            var least = first;
            var end = Math.Min(first + 4, count);
            for (var child = first + 1; child < end; child++)
            {
                if (entries[least].After(entries[child]))
                {
                    least = child;
                }
            }

            if (!entry.After(entries[least]))
            {
                break;
            }

            entries[hole] = entries[least];
            hole = least;
        }

        entries[hole] = entry;
    }

    private readonly record struct Entry(long UtcTicks, long Order, KnownContact Contact)
    {
        public bool After(in Entry other) => UtcTicks != other.UtcTicks ? UtcTicks > other.UtcTicks : Order > other.Order;
    }
}
