using System.Text;
using System.Text.Json;
using MarketingAutomation.Server.Storage;

namespace MarketingAutomation.Server.Outbox;

/// <summary>
/// Hand-over outcomes, each written to a file beside the database and synced before the lane
/// takes its next message. The store takes the same outcome afterwards, through its group commit;
/// under event traffic that commit carries a whole group of contacts' writes, and a lane waiting
/// for it sent a few messages a second. One synced append costs a single small write instead.
/// </summary>
/// <remarks>
/// Each line is one <see cref="OutboxUpdate"/> as JSON. The dispatcher empties the file once the
/// store holds everything in it; after a crash, <see cref="ReadAll"/> gives back what the store may
/// have missed. The file is opened write-through, so an append returns only once it is on disk.
/// </remarks>
internal sealed class HandOverJournal : IDisposable
{
    private readonly FileStream file;
    private readonly Lock gate = new();

    public HandOverJournal(string path)
    {
        Path = path;
        if (System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        file = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.OpenOrCreate,
            Access = FileAccess.ReadWrite,
            Share = FileShare.Read,
            Options = FileOptions.WriteThrough,
            BufferSize = 0,
        });
        file.Seek(0, SeekOrigin.End);
    }

    public string Path { get; }

    /// <summary>The journal of the database at <paramref name="dataPath"/>: the same name with `.handovers` added.</summary>
    public static string PathFor(string dataPath) => dataPath + ".handovers";

    /// <summary>Appends one outcome; it is on disk when this returns.</summary>
    public void Append(OutboxUpdate update)
    {
        var line = JsonSerializer.SerializeToUtf8Bytes(update);
        var bytes = new byte[line.Length + 1];
        line.CopyTo(bytes, 0);
        bytes[^1] = (byte)'\n';
        lock (gate)
        {
            // One write call per line, so a crash leaves at most the last line torn.
            file.Write(bytes);
        }
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
            content = new byte[file.Length];
            file.Seek(0, SeekOrigin.Begin);
            file.ReadExactly(content);
            file.Seek(0, SeekOrigin.End);
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
            file.SetLength(0);
        }
    }

    public void Dispose() => file.Dispose();
}
