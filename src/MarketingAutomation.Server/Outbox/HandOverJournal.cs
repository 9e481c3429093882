using MarketingAutomation.Server.Storage;
using Microsoft.Win32.SafeHandles;

namespace MarketingAutomation.Server.Outbox;

/// <summary>
/// Hand-over outcomes, each written to a file beside the database before the lane takes its next
/// message. The store takes the same outcomes afterwards, through its group commit; under event
/// traffic that commit carries a whole group of contacts' writes, and a lane waiting for it sent a
/// few messages a second. One small write costs far less.
/// </summary>
/// <remarks>
/// <para>
/// Each line is one <see cref="OutboxUpdate"/> (<see cref="HandOverJournalFormat"/>). The
/// dispatcher empties the journal once the store holds everything in it; after a crash,
/// <see cref="ReadAll"/> gives back what the store may have missed.
/// </para>
/// <para>
/// The file keeps its size: it is made with room for many lines (zeros, synced once), and
/// emptying it starts a new generation in its header rather than cutting it. So a line is written
/// over blocks the file already has, and a synced write is the line alone. Appending instead
/// changed the file's size with every line, and each synced write was the line and the file's
/// metadata: on the machine the load test runs on, about 190 µs an append in the server against
/// 150 now, inside the window below.
/// </para>
/// <para>
/// Once <see cref="Append"/> returns, the outcome is in the operating system's hands, so it
/// survives the process being killed. By default the file is opened write-through, so it is on
/// the disk too and survives a power cut. With a sync interval, the file is synced at most that
/// long after each write instead: each hand-over then skips a synced write (about 100 to 200 µs
/// on the machine the load test runs on, spent inside the window that lets one hand-over at a time
/// past its point of no return), and a power cut or an operating-system crash can lose the
/// outcomes of that last interval, whose messages are then handed over again with their original
/// keys.
/// </para>
/// </remarks>
internal sealed class HandOverJournal : IDisposable
{
    /// <summary>The room a new file is made with, and the least it grows by: a pass's outcomes take about a tenth of it.</summary>
    private const int Room = 1 << 20;

    private readonly SafeFileHandle file;
    private readonly Lock gate = new();
    private readonly Lock syncGate = new();
    private readonly Timer? syncTimer;
    private readonly Action<Exception>? syncFailed;
    private long size;
    private long position;
    private long generation;

    /// <summary>The newest generation a whole line in the file names: the next one starts after it.</summary>
    private long newestInFile;
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

        var content = File.Exists(path) ? File.ReadAllBytes(path) : [];
        if (HandOverJournalFormat.IsLegacy(content))
        {
            Upgrade(path, HandOverJournalFormat.ReadLegacy(content));
            content = File.ReadAllBytes(path);
        }

        var writeThrough = syncInterval == TimeSpan.Zero;
        file = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, writeThrough ? FileOptions.WriteThrough : FileOptions.None);
        size = RandomAccess.GetLength(file);
        if (HandOverJournalFormat.Generation(content) is { } current)
        {
            var (_, end, newest) = HandOverJournalFormat.Read(content, current);
            (generation, position, newestInFile) = (current, end, newest);
        }
        else
        {
            // A new file.
            (generation, position) = StartGeneration(1);
        }

        if (size < position + Room / 2)
        {
            Grow(position + Room);
        }

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
        lock (gate)
        {
            var line = HandOverJournalFormat.Line(generation, update);
            if (position + line.Length > size)
            {
                Grow(Math.Max(size * 2, position + line.Length + Room));
            }

            // One write call per line, so a crash tears at most the line being written.
            RandomAccess.Write(file, line, position);
            position += line.Length;
        }

        Volatile.Write(ref unsynced, 1);
    }

    /// <summary>
    /// Every outcome since the journal was last emptied, in the order written. A line torn by a
    /// crash mid-write is left out; its hand-over is then unrecorded and is repeated with the
    /// same key, as any hand-over the process died in.
    /// </summary>
    public IReadOnlyList<OutboxUpdate> ReadAll()
    {
        lock (gate)
        {
            var content = new byte[position];
            var read = 0;
            while (read < content.Length && RandomAccess.Read(file, content.AsSpan(read), read) is var got and > 0)
            {
                read += got;
            }

            return HandOverJournalFormat.Read(content.AsSpan(0, read), generation).Updates;
        }
    }

    /// <summary>Empties the journal: called only when the store holds every outcome in it.</summary>
    public void Clear()
    {
        lock (gate)
        {
            (generation, position) = StartGeneration(Math.Max(generation, newestInFile) + 1);
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

    /// <summary>A journal file from before generations, rewritten with its outcomes as lines of the first; the old file is replaced only once the new one is on the disk.</summary>
    private static void Upgrade(string path, List<OutboxUpdate> updates)
    {
        var upgraded = path + ".upgrading";
        using (var stream = new FileStream(upgraded, FileMode.Create, FileAccess.Write))
        {
            stream.Write(HandOverJournalFormat.Header(1));
            foreach (var update in updates)
            {
                stream.Write(HandOverJournalFormat.Line(1, update));
            }

            stream.Flush(flushToDisk: true);
        }

        File.Move(upgraded, path, overwrite: true);
    }

    /// <summary>Names a new generation in the header; lines from the header on are now read only if they carry it.</summary>
    private (long Generation, long Position) StartGeneration(long next)
    {
        RandomAccess.Write(file, HandOverJournalFormat.Header(next), 0);
        size = Math.Max(size, HandOverJournalFormat.HeaderLength);
        Volatile.Write(ref unsynced, 1);
        return (next, HandOverJournalFormat.HeaderLength);
    }

    /// <summary>Zeros up to <paramref name="newSize"/>, synced, so the lines written there change nothing but their own blocks.</summary>
    private void Grow(long newSize)
    {
        var zeros = new byte[64 * 1024];
        for (var at = size; at < newSize; at += zeros.Length)
        {
            RandomAccess.Write(file, zeros.AsSpan(0, (int)Math.Min(zeros.Length, newSize - at)), at);
        }

        RandomAccess.FlushToDisk(file);
        size = Math.Max(size, newSize);
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
