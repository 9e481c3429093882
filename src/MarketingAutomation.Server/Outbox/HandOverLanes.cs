using MarketingAutomation.Delivery;
using MarketingAutomation.Server.Storage;

namespace MarketingAutomation.Server.Outbox;

/// <summary>
/// The threads that hand messages to channels, one per lane (<see cref="ServerOptions.HandOverLanes"/>).
/// A lane is a thread of its own rather than a chain of awaits: under event traffic the thread pool
/// is queued deep with grain calls and commits, and a hand-over resumed there after each step sent
/// only a few messages a second. Here a lane blocks until its hand-over's outcome is durable, and
/// on nothing else, and an idle lane sleeps rather than spins (<see cref="SleepingQueue{T}"/>).
/// A lane is a <see cref="HandOverThread"/>, so the email channel sends on it directly.
/// </summary>
/// <remarks>
/// A pass's rows come as one batch, a job per contact, and the batch's task completes once, when
/// its last job is done: completing a task per message woke a thread-pool thread per message,
/// and on two cores those wake-ups (and the spinning of the threads woken) cost more than the
/// dispatcher's own work.
/// </remarks>
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
            threads[i] = new Thread(() =>
            {
                HandOverThread.MarkCurrent();
                Run(handOver);
            })
            { IsBackground = true, Name = $"hand-over lane {i + 1}" };
            threads[i].Start();
        }
    }

    /// <summary>
    /// Queues each contact's rows as one job, which a lane hands over in order; a row that throws
    /// leaves the rest of its contact's rows for a later pass. The task completes when every job
    /// is done: faulted with what the rows threw, else cancelled if any job was, else successful.
    /// </summary>
    public Task HandOverAsync(IReadOnlyList<IReadOnlyList<OutboxRow>> contacts, CancellationToken cancellationToken)
    {
        if (contacts.Count == 0)
        {
            return Task.CompletedTask;
        }

        var batch = new Batch(contacts.Count);
        foreach (var rows in contacts)
        {
            if (!queue.TryAdd(new Job(rows, cancellationToken, batch)))
            {
                // The lanes are closing: the server is stopping, and the rows stay due in the store.
                batch.JobDone(new OperationCanceledException(cancellationToken));
            }
        }

        return batch.Task;
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
            Exception? failure = null;
            foreach (var row in job.Rows)
            {
                if (job.CancellationToken.IsCancellationRequested)
                {
                    failure = new OperationCanceledException(job.CancellationToken);
                    break;
                }

                try
                {
                    handOver(row, job.CancellationToken);
                }
                catch (Exception e)
                {
                    failure = e;
                    break;
                }
            }

            job.Batch.JobDone(failure);
        }
    }

    private sealed record Job(IReadOnlyList<OutboxRow> Rows, CancellationToken CancellationToken, Batch Batch);

    /// <summary>Counts a batch's jobs down and completes its task with the last one.</summary>
    private sealed class Batch(int jobs)
    {
        private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<Exception> failures = [];
        private int remaining = jobs;
        private bool cancelled;

        public Task Task => done.Task;

        public void JobDone(Exception? failure)
        {
            if (failure is not null)
            {
                lock (failures)
                {
                    if (failure is OperationCanceledException)
                    {
                        cancelled = true;
                    }
                    else
                    {
                        failures.Add(failure);
                    }
                }
            }

            if (Interlocked.Decrement(ref remaining) > 0)
            {
                return;
            }

            lock (failures)
            {
                if (failures.Count > 0)
                {
                    done.SetException(failures);
                }
                else if (cancelled)
                {
                    done.SetCanceled();
                }
                else
                {
                    done.SetResult();
                }
            }
        }
    }
}
