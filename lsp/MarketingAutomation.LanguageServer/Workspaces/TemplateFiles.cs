using System.Collections.Concurrent;

namespace MarketingAutomation.LanguageServer.Workspaces;

/// <summary>
/// Template files as last read from disk. Every build binds every template, so every keystroke
/// read every template file again; now a file is read again only when its time or length on
/// disk changed, which costs one look at its metadata instead of opening it. Forgotten whenever
/// the editor reports files changed on disk, since two writes within a clock tick of the file
/// system may leave the same time and length.
/// </summary>
internal sealed class TemplateFiles
{
    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, string? Text)> files = new(StringComparer.Ordinal);

    public void Forget() => files.Clear();

    public string? Read(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                files.TryRemove(path, out _);
                return null;
            }

            if (files.TryGetValue(path, out var known) && known.Written == info.LastWriteTimeUtc && known.Length == info.Length)
            {
                return known.Text;
            }

            var text = File.ReadAllText(path);
            files[path] = (info.LastWriteTimeUtc, info.Length, text);
            return text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
