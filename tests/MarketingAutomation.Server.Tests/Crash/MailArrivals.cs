using MimeKit;

namespace MarketingAutomation.Server.Tests.Crash;

/// <summary>One message the SMTP sink received: its Message-ID, recipients and when it was written.</summary>
internal sealed record Arrival(string MessageId, string To, DateTime AtUtc);

/// <summary>
/// Reads the SMTP sink's folder as it fills: each .eml file once (the handler writes it under
/// another name and renames it, so a file seen is whole). The arrival time is the file's write
/// time, taken by the sink before it answers 250, on the same clock the test reads.
/// </summary>
internal sealed class MailArrivals(string folder)
{
    private readonly Dictionary<string, Arrival> read = new(StringComparer.Ordinal);

    public IReadOnlyList<Arrival> Refresh()
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*.eml"))
        {
            if (!read.ContainsKey(path))
            {
                var message = MimeMessage.Load(path);
                var to = string.Join(",", message.To.Mailboxes.Select(m => m.Address));
                read[path] = new Arrival(message.MessageId ?? string.Empty, to, File.GetLastWriteTimeUtc(path));
            }
        }

        return [.. read.Values.OrderBy(a => a.AtUtc)];
    }

    /// <summary>Files in the folder, without reading them: cheap enough to poll.</summary>
    public int Count() => Directory.EnumerateFiles(folder, "*.eml").Count();
}
