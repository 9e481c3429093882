namespace MarketingAutomation.LanguageServer.Workspaces;

/// <summary>
/// Builds of something that changes (a workspace), one at a time, by stamp: every change bumps
/// the stamp; the first caller to ask for the current stamp starts a build on the thread pool,
/// and everyone who asks shares it until the next change.
/// </summary>
/// <remarks>
/// While a build of an older stamp runs, a second one beside it would halve its speed on a small
/// machine, and what is typed meanwhile would start a third. So the next build waits for the
/// running one, then starts from the stamp of that moment: every change made while it waited is
/// coalesced into it, and it may answer for a newer stamp than its callers asked for.
/// </remarks>
internal sealed class CoalescingBuilds<T>(Func<int, T> build)
{
    private readonly Lock gate = new();
    private int stamp;
    private (int Stamp, Task<T> Task)? latest;
    private TaskCompletionSource<T>? queued;

    public void Invalidate()
    {
        lock (gate)
        {
            stamp++;
        }
    }

    /// <summary>The build of the current stamp (or a newer one), starting or queueing it if needed.</summary>
    public Task<T> GetAsync()
    {
        lock (gate)
        {
            // A failed build is tried again rather than remembered: the cause (a file being
            // written, say) may have passed.
            if (latest is { } current && current.Stamp == stamp && !current.Task.IsFaulted)
            {
                return current.Task;
            }

            if (queued is not null)
            {
                return queued.Task;
            }

            if (latest is { Task.IsCompleted: false } running)
            {
                var next = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
                queued = next;
                running.Task.ContinueWith(_ => StartQueued(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                return next.Task;
            }

            return Start();
        }
    }

    /// <summary>Starts a build of the current stamp; the caller holds the gate.</summary>
    private Task<T> Start()
    {
        var wanted = stamp;
        var task = Task.Run(() => build(wanted));
        latest = (wanted, task);
        return task;
    }

    private void StartQueued()
    {
        TaskCompletionSource<T> next;
        Task<T> task;
        lock (gate)
        {
            if (queued is null)
            {
                return;
            }

            next = queued;
            queued = null;
            task = Start();
        }

        task.ContinueWith(
            t =>
            {
                if (t.IsCompletedSuccessfully)
                {
                    next.TrySetResult(t.Result);
                }
                else if (t.Exception is { } failure)
                {
                    next.TrySetException(failure.InnerExceptions);
                }
                else
                {
                    next.TrySetCanceled();
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }
}
