using System.Text;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Workspace;

/// <summary>
/// A workspace: one folder whose .journey files share one namespace, plus the template files
/// they name. Documents may come from disk or from an editor's memory; template files are read
/// through <see cref="ReadFile"/> so an editor can serve unsaved ones.
/// </summary>
public sealed class JourneyWorkspace
{
    public const string FileExtension = ".journey";

    private JourneyWorkspace(string rootDirectory, IReadOnlyList<SourceText> documents, Func<string, string?> readFile)
    {
        RootDirectory = rootDirectory;
        Documents = documents;
        ReadFile = readFile;
    }

    /// <summary>The folder the workspace's relative paths (template files) are resolved against.</summary>
    public string RootDirectory { get; }

    /// <summary>The .journey files, ordered by path so every run sees them in the same order.</summary>
    public IReadOnlyList<SourceText> Documents { get; }

    /// <summary>Reads a file by absolute path; null when it does not exist or cannot be read.</summary>
    public Func<string, string?> ReadFile { get; }

    /// <summary>
    /// Loads every .journey file directly inside <paramref name="directory"/>. Paths in the
    /// documents are kept as the caller wrote them (joined with the file name), for messages.
    /// </summary>
    /// <exception cref="IOException">A file exists but cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file or the folder may not be read.</exception>
    public static JourneyWorkspace FromDirectory(string directory)
    {
        var documents = Directory.EnumerateFiles(directory, "*" + FileExtension, SearchOption.TopDirectoryOnly)
            .Where(path => path.EndsWith(FileExtension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceText(path, File.ReadAllText(path)))
            .ToList();
        return new JourneyWorkspace(directory, documents, ReadFileOrNull);
    }

    public static JourneyWorkspace FromDocuments(string rootDirectory, IEnumerable<SourceText> documents, Func<string, string?>? readFile = null) =>
        new(rootDirectory, documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToList(), readFile ?? ReadFileOrNull);

    /// <summary>Template files are small; anything larger is refused rather than read into memory.</summary>
    public const int MaxFileLength = 1024 * 1024;

    /// <summary>
    /// Resolves a path written in a script, relative to the workspace folder. Null when it is no
    /// valid path or leads outside the folder: a workspace reads only its own files.
    /// </summary>
    public string? ResolvePath(string relativePath)
    {
        if (relativePath.Length == 0 || relativePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            return null;
        }

        try
        {
            var root = Path.GetFullPath(RootDirectory);
            var full = Path.GetFullPath(Path.Combine(root, relativePath));
            return full.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    private static string? ReadFileOrNull(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > MaxFileLength)
            {
                return null;
            }

            // Read in small pieces up to the limit: a device file reports no length but may
            // never end, and must not exhaust memory.
            using var reader = new StreamReader(path);
            var text = new StringBuilder();
            var buffer = new char[8192];
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                text.Append(buffer, 0, read);
                if (text.Length > MaxFileLength)
                {
                    return null;
                }
            }

            return text.ToString();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
