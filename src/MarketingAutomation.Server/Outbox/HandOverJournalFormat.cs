using System.Globalization;
using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using MarketingAutomation.Server.Storage;

namespace MarketingAutomation.Server.Outbox;

/// <summary>
/// How the hand-over journal's file reads: a header naming the current generation, then one line
/// per outcome, `generation checksum json`. Emptying the journal starts a new generation in the
/// header instead of cutting the file, so lines are written over blocks the file already has
/// (see <see cref="HandOverJournal"/>), and lines of earlier generations left further on are not
/// read. The checksum covers the generation and the JSON: a line torn by a crash, or a new line
/// cut short over an old one, fails it.
/// </summary>
/// <remarks>
/// Files written before generations existed hold bare JSON lines, appended; they are still read
/// (<see cref="IsLegacy"/>), so an upgrade after a crash loses none of their outcomes.
/// </remarks>
internal static class HandOverJournalFormat
{
    private const string HeaderStart = "hand-over journal v2 ";

    /// <summary>A line: the generation (16 hex digits), a space, the checksum (8), a space, the JSON, a newline.</summary>
    private const int ChecksumAt = 17;
    private const int JsonAt = 26;

    private static readonly byte[] HeaderStartBytes = Encoding.ASCII.GetBytes(HeaderStart);

    /// <summary>The header's length in bytes: its text, 16 hex digits of generation, a newline.</summary>
    public static readonly int HeaderLength = HeaderStart.Length + 16 + 1;

    public static byte[] Header(long generation)
    {
        var header = new byte[HeaderLength];
        HeaderStartBytes.CopyTo(header, 0);
        generation.TryFormat(header.AsSpan(HeaderStart.Length, 16), out _, "x16", CultureInfo.InvariantCulture);
        header[^1] = (byte)'\n';
        return header;
    }

    /// <summary>The whole line, written in one call so a crash tears at most this line.</summary>
    public static byte[] Line(long generation, OutboxUpdate update)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(update);
        var line = new byte[JsonAt + json.Length + 1];
        generation.TryFormat(line.AsSpan(0, 16), out _, "x16", CultureInfo.InvariantCulture);
        line[16] = (byte)' ';
        Checksum(line.AsSpan(0, 16), json).TryFormat(line.AsSpan(ChecksumAt, 8), out _, "x8", CultureInfo.InvariantCulture);
        line[JsonAt - 1] = (byte)' ';
        json.CopyTo(line, JsonAt);
        line[^1] = (byte)'\n';
        return line;
    }

    /// <summary>A file from before generations: not empty, and not starting with the header.</summary>
    public static bool IsLegacy(ReadOnlySpan<byte> content) =>
        content.Length > 0 && !content.StartsWith(HeaderStartBytes);

    /// <summary>The generation the header names, or null when there is no whole header.</summary>
    public static long? Generation(ReadOnlySpan<byte> content) =>
        content.Length >= HeaderLength && content[HeaderLength - 1] == (byte)'\n'
        && long.TryParse(content.Slice(HeaderStart.Length, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var generation)
            ? generation
            : null;

    /// <summary>
    /// The outcomes of <paramref name="generation"/>, in the order written; where the last of them
    /// ends; and the newest generation any whole line names (a header lost in a power cut can name
    /// an older one than the lines after it, and a generation must never be used twice). Anything
    /// else (torn lines, older generations, the zeros not yet written over) is passed over.
    /// </summary>
    public static (List<OutboxUpdate> Updates, int End, long Newest) Read(ReadOnlySpan<byte> content, long generation)
    {
        var updates = new List<OutboxUpdate>();
        var end = Math.Min(HeaderLength, content.Length);
        var newest = generation;
        var start = end;
        while (start < content.Length && content[start..].IndexOf((byte)'\n') is var length and >= 0)
        {
            if (Parse(content.Slice(start, length)) is (var stamp, var update))
            {
                newest = Math.Max(newest, stamp);
                if (stamp == generation)
                {
                    updates.Add(update);
                    end = start + length + 1;
                }
            }

            start += length + 1;
        }

        return (updates, end, newest);
    }

    /// <summary>A file from before generations: each line bare JSON; one that does not parse was torn by a crash.</summary>
    public static List<OutboxUpdate> ReadLegacy(ReadOnlySpan<byte> content)
    {
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
                // Torn by a crash: its hand-over is repeated with the same key.
            }
        }

        return updates;
    }

    /// <summary>A whole line's generation and outcome; default when the line is torn or not a line at all.</summary>
    private static (long Stamp, OutboxUpdate Update)? Parse(ReadOnlySpan<byte> line)
    {
        if (line.Length <= JsonAt || line[16] != (byte)' ' || line[JsonAt - 1] != (byte)' '
            || !long.TryParse(line[..16], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var stamp)
            || !uint.TryParse(line.Slice(ChecksumAt, 8), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var checksum)
            || checksum != Checksum(line[..16], line[JsonAt..]))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<OutboxUpdate>(line[JsonAt..]) is { } update ? (stamp, update) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static uint Checksum(ReadOnlySpan<byte> stamp, ReadOnlySpan<byte> json)
    {
        var crc = new Crc32();
        crc.Append(stamp);
        crc.Append(json);
        return crc.GetCurrentHashAsUInt32();
    }
}
