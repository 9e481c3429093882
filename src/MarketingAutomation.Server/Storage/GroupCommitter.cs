using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace MarketingAutomation.Server.Storage;

/// <summary>
/// The store's only writer. Callers queue writes; one loop takes everything queued, commits it in
/// one transaction and then completes each caller's task. A transaction per event would be
/// bounded by the disk's sync rate (a few thousand a second); a group shares one sync, so
/// throughput grows with load while each caller still learns only after its write is durable.
/// </summary>
internal sealed class GroupCommitter : IAsyncDisposable
{
    /// <summary>Enough to amortise the sync, small enough that one transaction stays short.</summary>
    private const int MaxGroup = 4096;

    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SqliteConnection connection;
    private readonly SqliteWrites writes;
    private readonly ILogger logger;
    private readonly Task loop;
    private long transactions;

    public GroupCommitter(SqliteConnection connection, ILogger logger)
    {
        this.connection = connection;
        this.logger = logger;
        writes = new SqliteWrites(connection);
        loop = Task.Run(RunAsync);
    }

    /// <summary>Transactions committed so far: fewer than writes whenever callers overlap.</summary>
    public long Transactions => Interlocked.Read(ref transactions);

    public Task WriteAsync(StoreWrite write)
    {
        var pending = new Pending(PreparedWrite.Of(write), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The store is closed.");
        }

        return pending.Done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop.ConfigureAwait(false);
        writes.Dispose();
    }

    private async Task RunAsync()
    {
        var group = new List<Pending>(MaxGroup);
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (group.Count < MaxGroup && queue.Reader.TryRead(out var pending))
            {
                group.Add(pending);
            }

            Commit(group);
            group.Clear();
        }
    }

    private void Commit(List<Pending> group)
    {
        try
        {
            Apply(group);
            foreach (var pending in group)
            {
                pending.Done.TrySetResult();
            }
        }
        catch (Exception groupFailure) when (group.Count > 1)
        {
            // One bad write must not fail its neighbours: commit each on its own, so only the
            // culprit's caller sees the error.
            logger.LogWarning(groupFailure, "A group of {Count} writes failed; committing them one by one", group.Count);
            foreach (var pending in group)
            {
                try
                {
                    Apply([pending]);
                    pending.Done.TrySetResult();
                }
                catch (Exception e)
                {
                    pending.Done.TrySetException(e);
                }
            }
        }
        catch (Exception e)
        {
            group[0].Done.TrySetException(e);
        }
    }

    private void Apply(List<Pending> group)
    {
        using var transaction = connection.BeginTransaction();
        try
        {
            var counts = new JourneyCounts();
            foreach (var pending in group)
            {
                writes.Apply(pending.Write, transaction, counts);
            }

            writes.AddCounts(counts);

            transaction.Commit();
            Interlocked.Increment(ref transactions);
        }
        catch
        {
            transaction.Rollback();
            throw;
        }
    }

    private sealed record Pending(PreparedWrite Write, TaskCompletionSource Done);
}
