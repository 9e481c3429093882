using MarketingAutomation.Hosting.Loading;
using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Server.Deployments;

/// <summary>
/// A workspace sent as a map of relative path → text (the `.journey` files and the template files
/// they name), compiled as if it were a folder. Nothing touches the disk: the folder is virtual.
/// </summary>
public static class WorkspaceSources
{
    /// <summary>The virtual folder; diagnostics name files relative to it.</summary>
    public const string Root = "/workspace";

    /// <summary>Why a map cannot be a workspace (a bad path, no journey file), or null when it can.</summary>
    public static string? Problem(IReadOnlyDictionary<string, string> files)
    {
        if (!files.Keys.Any(p => p.EndsWith(JourneyWorkspace.FileExtension, StringComparison.Ordinal)))
        {
            return "the workspace has no .journey file";
        }

        foreach (var (path, text) in files)
        {
            if (path.Length == 0 || path.StartsWith('/') || path.Contains('\\') || path.Split('/').Any(part => part is "" or "." or "..")
                || path.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            {
                return $"\"{path}\" is not a relative path inside the workspace (use forward slashes, no \"..\")";
            }

            if (text.Length > JourneyWorkspace.MaxFileLength)
            {
                return $"\"{path}\" is longer than {JourneyWorkspace.MaxFileLength / (1024 * 1024)} MB";
            }
        }

        return null;
    }

    /// <summary>Checks, compiles and loads the workspace. Only top-level `.journey` files are scripts, as in a folder.</summary>
    public static LoadedWorkspace Compile(IReadOnlyDictionary<string, string> files)
    {
        var documents = files
            .Where(f => f.Key.EndsWith(JourneyWorkspace.FileExtension, StringComparison.Ordinal) && !f.Key.Contains('/'))
            .Select(f => new SourceText(Root + "/" + f.Key, f.Value));
        var workspace = JourneyWorkspace.FromDocuments(Root, documents, path =>
            path.StartsWith(Root + "/", StringComparison.Ordinal) && files.TryGetValue(path[(Root.Length + 1)..], out var text) ? text : null);
        return LoadedWorkspace.From(Compilation.Create(workspace));
    }

    /// <summary>The kinds of file a template body may live in (`body file "templates/x.liquid"`).</summary>
    private static readonly string[] TemplateExtensions = [".liquid", ".html", ".htm", ".txt"];

    /// <summary>A workspace folder on disk as such a map: its `.journey` files and the template files below it.</summary>
    public static Dictionary<string, string> ReadFolder(string folder)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var info = new FileInfo(path);
            // Scripts and the templates beside them; hidden folders (a local database) and large files are no part of a workspace.
            if (relative.Split('/').Any(part => part.StartsWith('.')) || info.Length > JourneyWorkspace.MaxFileLength
                || !(relative.EndsWith(JourneyWorkspace.FileExtension, StringComparison.Ordinal) || TemplateExtensions.Contains(Path.GetExtension(relative).ToLowerInvariant())))
            {
                continue;
            }

            files[relative] = File.ReadAllText(path);
        }

        return files;
    }
}
