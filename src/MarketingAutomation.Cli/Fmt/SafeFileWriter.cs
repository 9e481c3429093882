using System.Text;

namespace MarketingAutomation.Cli.Fmt;

/// <summary>
/// Replaces a file's text without ever leaving it half-written: the new text goes to a temporary
/// file beside it, which then takes its place. The file keeps its permissions, its byte order
/// mark (if it had one) and, for a symbolic link, the link itself.
/// </summary>
internal static class SafeFileWriter
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <exception cref="UsageException">The file cannot be written.</exception>
    public static void WriteText(string path, string text)
    {
        try
        {
            Replace(ResolveLinks(path), text);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write {path}: {exception.Message}", exception);
        }
    }

    private static string ResolveLinks(string path) =>
        new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;

    private static void Replace(string path, string text)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: StartsWithBom(path));
            File.WriteAllText(temporary, text, encoding);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static bool StartsWithBom(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> start = stackalloc byte[3];
        return stream.ReadAtLeast(start, 3, throwOnEndOfStream: false) == 3 && start.SequenceEqual(Utf8Bom);
    }
}
