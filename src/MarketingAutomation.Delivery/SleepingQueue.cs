namespace MarketingAutomation.Delivery;

/// <summary>
/// A first-in, first-out queue for threads of their own (hand-over lanes, SMTP senders): a taker
/// with nothing to take sleeps on a monitor at once. <see cref="System.Collections.Concurrent.BlockingCollection{T}"/>
/// spins before it sleeps, and on two cores a dozen idle lanes and senders spinning (yielding
/// the processor in a loop) took a large share of the CPU that rendering and sending needed.
/// </summary>
public sealed class SleepingQueue<T>
{
    private readonly Queue<T> items = new();
    private bool completed;

    /// <summary>Adds an item; false once <see cref="CompleteAdding"/> was called.</summary>
    public bool TryAdd(T item)
    {
        lock (items)
        {
            if (completed)
            {
                return false;
            }

            items.Enqueue(item);
            Monitor.Pulse(items);
            return true;
        }
    }

    /// <summary>No more items: takers finish what is queued, then stop.</summary>
    public void CompleteAdding()
    {
        lock (items)
        {
            completed = true;
            Monitor.PulseAll(items);
        }
    }

    /// <summary>The items in order, waiting for each; ends once adding is complete and the queue is empty.</summary>
    public IEnumerable<T> Consume()
    {
        while (true)
        {
            T item;
            lock (items)
            {
                while (items.Count == 0 && !completed)
                {
                    Monitor.Wait(items);
                }

                if (items.Count == 0)
                {
                    yield break;
                }

                item = items.Dequeue();
            }

            yield return item;
        }
    }
}
