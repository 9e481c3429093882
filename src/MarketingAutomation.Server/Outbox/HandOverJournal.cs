using System.Text;
using System.Text.Json;
using MarketingAutomation.Server.Storage;
using Microsoft.Win32.SafeHandles;

namespace MarketingAutomation.Server.Outbox;

/// <summary>
/// Hand-over outcomes, each written to a file beside the database before the lane takes its next
/// message. The store takes the same outcome afterwards, through its group commit; under event
/// traffic that commit carries a whole group of contacts' writes, and a lane waiting for it sent a
/// few messages a second. One small write costs far less.
/// </summary>
/// <remarks>
/// <para>
/// Each line is one <see cref="OutboxUpdate"/> as JSON. The dispatcher empties the file once the
/// store holds everything in it; after a crash, <see cref="ReadAll"/> gives back what the store may
/// have missed.
/// </para>
/// <para>
/// Once <see cref="Append"/> returns, the outcome is in the operating system's hands, so it
/// survives the process being killed. By default the file is opened write-through, so it is on
/// the disk too and survives a power cut. With a sync interval, the file is synced at most that
/// long after each write instead: each hand-over then skips a synced write (about 125 to 200 µs
/// on the machine the load test runs on, spent inside the window that lets one hand-over at a time
/// past its point of no return), and a power cut or an operating-system crash can lose the
/// outcomes of that last interval, whose messages are then handed over again with their original
/// keys.
/// </para>
/// </remarks>
internal sealed class HandOverJournal : IDisposable
{
    private readonly SafeFileHandle file;
    private readonly Lock gate = new();
    private readonly Lock syncGate = new();
    private readonly Timer? syncTimer;
    private readonly Action<Exception>? syncFailed;
    private long length;
    private int unsynced;
    private bool disposed;

    /// <param name="path">The journal's file, created when missing.</param>
    /// <param name="syncInterval">Zero (the default): every append is on the disk when it returns. Otherwise the longest an append waits for its sync.</param>
    /// <param name="syncFailed">Told when a sync on the interval fails; the next tick tries again.</param>
    public HandOverJournal(string path, TimeSpan syncInterval = default, Action<Exception>? syncFailed = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(syncInterval, TimeSpan.Zero);
        Path = path;
        if (System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var writeThrough = syncInterval == TimeSpan.Zero;
        file = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, writeThrough ? FileOptions.WriteThrough : FileOptions.None);
        length = RandomAccess.GetLength(file);
        if (!writeThrough)
        {
            this.syncFailed = syncFailed;
            syncTimer = new Timer(_ => SyncOnInterval(), null, syncInterval, syncInterval);
        }
    }

    public string Path { get; }

    /// <summary>The journal of the database at <paramref name="dataPath"/>: the same name with `.handovers` added.</summary>
    public static string PathFor(string dataPath) => dataPath + ".handovers";

    /// <summary>Appends one outcome. It survives the process when this returns; see the remarks for the disk.</summary>
    public void Append(OutboxUpdate update)
    {
        var line = JsonSerializer.SerializeToUtf8Bytes(update);
        var bytes = new byte[line.Length + 1];
        line.CopyTo(bytes, 0);
        bytes[^1] = (byte)'\n';
        lock (gate)
        {
            // One write call per line, so a crash leaves at most the last line torn.
            RandomAccess.Write(file, bytes, length);
            length += bytes.Length;
        }

        Volatile.Write(ref unsynced, 1);
    }

    /// <summary>
    /// Every outcome in the file, in the order written. A line that does not parse can only be the
    /// last, cut short by a crash mid-write; its hand-over is then unrecorded and is repeated with
    /// the same key, as any hand-over the process died in.
    /// </summary>
    public IReadOnlyList<OutboxUpdate> ReadAll()
    {
        byte[] content;
        lock (gate)
        {
            content = new byte[length];
            var read = 0;
            while (read < content.Length && RandomAccess.Read(file, content.AsSpan(read), read) is var got and > 0)
            {
                read += got;
            }
        }

        var updates = new List<OutboxUpdate>();
        foreach (var line in Encoding.UTF8.GetString(content).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            try
            {
                if (JsonSerializer.Deserialize<OutboxUpdate>(line) is { } update)
                {
                    updates.Add(update);
                }
            }
            catch (JsonException)
            {
                // Torn by a crash: see above.
            }
        }

        return updates;
    }

    /// <summary>Empties the file: called only when the store holds every outcome in it.</summary>
    public void Clear()
    {
        lock (gate)
        {
            RandomAccess.SetLength(file, 0);
            length = 0;
        }
    }

    public void Dispose()
    {
        lock (syncGate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            syncTimer?.Dispose();
            try
            {
                if (Interlocked.Exchange(ref unsynced, 0) == 1 && syncTimer is not null)
                {
                    RandomAccess.FlushToDisk(file);
                }
            }
            finally
            {
                file.Dispose();
            }
        }
    }

    /// <summary>Syncs what was written since the last sync, if anything was.</summary>
    private void SyncOnInterval()
    {
        lock (syncGate)
        {
            if (disposed || Interlocked.Exchange(ref unsynced, 0) == 0)
            {
                return;
            }

            try
            {
                RandomAccess.FlushToDisk(file);
            }
            catch (Exception e)
            {
                // Any failure is caught: an exception leaving a timer's callback would end the
                // process. The outcomes are still in the file; the next tick tries again.
                Volatile.Write(ref unsynced, 1);
                syncFailed?.Invoke(e);
            }
        }
    }
}
