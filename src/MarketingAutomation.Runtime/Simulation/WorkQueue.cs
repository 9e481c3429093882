using System.Runtime.CompilerServices;

namespace MarketingAutomation.Runtime.Simulation;

/// <summary>
/// The simulator's queue, in <see cref="WorkKey"/> order. Most work is known ahead: a host schedules
/// a month of events, then runs. That work is kept as a run sorted once and taken front to back,
/// instead of a heap of every future input paying a heap operation (and its cache misses) per item.
/// Timers go to a heap of their own holding just the contact to wake (the largest part of the
/// queue while running, so its entries are kept small: <see cref="TimerHeap"/>); other work added
/// while the simulator runs (delivered events) goes to a third, small heap. The next item is the
/// smallest of the three heads; keys are unique (they carry a sequence number), so the order is
/// exactly that of one heap holding everything.
/// </summary>
internal sealed class WorkQueue
{
    private readonly PriorityQueue<Work, WorkKey> heap = new();
    private readonly TimerHeap timers = new();

    /// <summary>Added ahead since the last peek, in any order.</summary>
    private readonly List<WorkKey> addedKeys = [];
    private readonly List<Work> addedItems = [];

    /// <summary>The sorted run, keys and items side by side; entries before <see cref="next"/> are done.</summary>
    private WorkKey[] runKeys = [];
    private Work[] runItems = [];
    private int next;

    /// <summary>Work scheduled while the simulator is not running: sorted in with the rest at the next peek.</summary>
    public void AddAhead(WorkKey key, Work item)
    {
        addedKeys.Add(key);
        addedItems.Add(item);
    }

    /// <summary>Work scheduled while the simulator runs.</summary>
    public void Add(WorkKey key, Work item)
    {
        if (item.IsTimer)
        {
            timers.Enqueue(item.Contact, key);
        }
        else
        {
            heap.Enqueue(item, key);
        }
    }

    /// <summary>The key of the next item, if there is one.</summary>
    public bool TryPeek(out WorkKey key)
    {
        if (addedKeys.Count > 0)
        {
            Fold();
        }

        return Head(out key) != Source.None;
    }

    /// <summary>
    /// The contact the next item is for, if any: a hint for prefetching, read after a
    /// <see cref="Take"/> (work added before the next take may come first).
    /// </summary>
    public KnownContact? PeekContact() => Head(out _) switch
    {
        Source.Timers => timers.TryPeek(out var contact, out _) ? contact : null,
        Source.Heap => heap.Peek().Contact,
        Source.Run => runItems[next].Contact,
        _ => null,
    };

    /// <summary>Takes the item <see cref="TryPeek"/> last showed.</summary>
    public Work Take()
    {
        switch (Head(out _))
        {
            case Source.Timers:
                return new Work(timers.Dequeue(), null, null);
            case Source.Heap:
                return heap.Dequeue();
            case Source.Run:
                var item = runItems[next];
                runItems[next++] = default;
                if (next == runKeys.Length)
                {
                    (runKeys, runItems, next) = ([], [], 0);
                }

                return item;
            default:
                throw new InvalidOperationException("The queue is empty.");
        }
    }

    private enum Source
    {
        None,
        Run,
        Heap,
        Timers,
    }

    private Source Head(out WorkKey key)
    {
        var source = Source.None;
        key = default;
        if (next < runKeys.Length)
        {
            (source, key) = (Source.Run, runKeys[next]);
        }

        if (heap.TryPeek(out _, out var heapKey) && (source == Source.None || heapKey.CompareTo(key) < 0))
        {
            (source, key) = (Source.Heap, heapKey);
        }

        if (timers.TryPeek(out _, out var timerKey) && (source == Source.None || timerKey.CompareTo(key) < 0))
        {
            (source, key) = (Source.Timers, timerKey);
        }

        return source;
    }

    /// <summary>
    /// Brings the work added ahead into order: a few items (against a long run) go to the heap,
    /// more are sorted and merged with the rest of the run. Either way each item costs O(log n)
    /// amortised, however a host interleaves scheduling and running. It runs rarely but long, so it
    /// is compiled optimised at once rather than first as tier-0 code.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Fold()
    {
        var remaining = runKeys.Length - next;
        if (addedKeys.Count * 8 < remaining)
        {
            for (var i = 0; i < addedKeys.Count; i++)
            {
                Add(addedKeys[i], addedItems[i]);
            }
        }
        else
        {
            var (keys, items) = Sorted(addedKeys, addedItems);
            Merge(keys, items);
        }

        addedKeys.Clear();
        addedItems.Clear();
    }

    /// <summary>
    /// The work added ahead, in key order. Keys are numbered as they are added, so the lists are in
    /// sequence order already, and ordering by instant, then phase, keeping ties in list order, is
    /// the keys' own order. That is done as sorts of plain numbers (the instants with each item's
    /// position; then, within a run of one instant, phase and position packed into one number),
    /// which cost far less than comparing keys: a month of a batch's inputs is sorted at once.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (WorkKey[] Keys, Work[] Items) Sorted(List<WorkKey> keys, List<Work> items)
    {
        var count = keys.Count;
        var instants = new long[count];
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            (instants[i], order[i]) = (keys[i].At.UtcTicks, i);
        }

        Array.Sort(instants, order);
        long[]? ties = null;
        for (var start = 0; start < count;)
        {
            var end = start + 1;
            while (end < count && instants[end] == instants[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                ties = ties is { Length: var room } && room >= end - start ? ties : new long[end - start];
                for (var i = start; i < end; i++)
                {
                    ties[i - start] = ((long)keys[order[i]].Phase << 32) | (uint)order[i];
                }

                Array.Sort(ties, 0, end - start);
                for (var i = start; i < end; i++)
                {
                    order[i] = (int)(uint)ties[i - start];
                }
            }

            start = end;
        }

        var sortedKeys = new WorkKey[count];
        var sortedItems = new Work[count];
        for (var i = 0; i < count; i++)
        {
            (sortedKeys[i], sortedItems[i]) = (keys[order[i]], items[order[i]]);
        }

        return (sortedKeys, sortedItems);
    }

    /// <summary>Merges sorted work into what is left of the run.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Merge(WorkKey[] keys, Work[] items)
    {
        var remaining = runKeys.Length - next;
        if (remaining == 0)
        {
            (runKeys, runItems, next) = (keys, items, 0);
            return;
        }

        var mergedKeys = new WorkKey[remaining + keys.Length];
        var mergedItems = new Work[mergedKeys.Length];
        int r = next, a = 0;
        for (var m = 0; m < mergedKeys.Length; m++)
        {
            if (a >= keys.Length || (r < runKeys.Length && runKeys[r].CompareTo(keys[a]) < 0))
            {
                (mergedKeys[m], mergedItems[m]) = (runKeys[r], runItems[r]);
                r++;
            }
            else
            {
                (mergedKeys[m], mergedItems[m]) = (keys[a], items[a]);
                a++;
            }
        }

        (runKeys, runItems, next) = (mergedKeys, mergedItems, 0);
    }
}
