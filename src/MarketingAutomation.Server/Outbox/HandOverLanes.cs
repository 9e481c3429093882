using MarketingAutomation.Delivery;
using MarketingAutomation.Server.Storage;

namespace MarketingAutomation.Server.Outbox;

/// <summary>
/// The threads that hand messages to channels, one per lane (<see cref="ServerOptions.HandOverLanes"/>).
/// A lane is a thread of its own rather than a chain of awaits: under event traffic the thread pool
/// is queued deep with grain calls and commits, and a hand-over resumed there after each step sent
/// only a few messages a second. Here a lane blocks until its hand-over's outcome is durable, and
/// on nothing else, and an idle lane sleeps rather than spins (<see cref="SleepingQueue{T}"/>).
/// </summary>
internal sealed class HandOverLanes : IDisposable
{
    private readonly SleepingQueue<Job> queue = new();
    private readonly Thread[] threads;

    /// <param name="count">How many lanes: at most this many hand-overs are in progress at once.</param>
    /// <param name="handOver">A whole hand-over, run on a lane: it returns once the outcome is durable.</param>
    public HandOverLanes(int count, Action<OutboxRow, CancellationToken> handOver)
    {
        threads = new Thread[Math.Max(1, count)];
        for (var i = 0; i < threads.Length; i++)
        {
            threads[i] = new Thread(() => Run(handOver)) { IsBackground = true, Name = $"hand-over lane {i + 1}" };
            threads[i].Start();
        }
    }

    /// <summary>Queues a hand-over; the task completes when a lane has finished it.</summary>
    public Task HandOverAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        var job = new Job(row, cancellationToken, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.TryAdd(job))
        {
            // The lanes are closing: the server is stopping, and the row stays due in the store.
            job.Done.SetCanceled(cancellationToken);
        }

        return job.Done.Task;
    }

    public void Dispose()
    {
        queue.CompleteAdding();
        foreach (var thread in threads)
        {
            thread.Join();
        }
    }

    private void Run(Action<OutboxRow, CancellationToken> handOver)
    {
        foreach (var job in queue.Consume())
        {
            if (job.CancellationToken.IsCancellationRequested)
            {
                job.Done.TrySetCanceled(job.CancellationToken);
                continue;
            }

            try
            {
                handOver(job.Row, job.CancellationToken);
                job.Done.TrySetResult();
            }
            catch (Exception e)
            {
                job.Done.TrySetException(e);
            }
        }
    }

    private sealed record Job(OutboxRow Row, CancellationToken CancellationToken, TaskCompletionSource Done);
}
