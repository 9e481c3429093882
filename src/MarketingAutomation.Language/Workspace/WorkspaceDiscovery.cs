namespace MarketingAutomation.Language.Workspace;

/// <summary>A workspace folder found for a path the user named, and which of its files they asked about.</summary>
/// <param name="Directory">The workspace folder.</param>
/// <param name="OnlyFiles">Full paths of the files asked about, or null for every file in the workspace.</param>
public sealed record WorkspaceRequest(string Directory, IReadOnlySet<string>? OnlyFiles);

/// <summary>
/// Turns the paths given on a command line into workspaces. A folder stands for every workspace
/// at or below it (each folder that directly holds .journey files is one workspace); a file stands
/// for itself, checked within its folder's workspace so it sees its sibling declarations.
/// </summary>
public static class WorkspaceDiscovery
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "node_modules", "bin", "obj" };

    /// <exception cref="FileNotFoundException">A path names nothing that exists.</exception>
    public static IReadOnlyList<WorkspaceRequest> Discover(IEnumerable<string> paths)
    {
        var byDirectory = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                // Keep the folder as the user wrote it, so messages show short, relative paths.
                var given = Path.GetDirectoryName(path);
                var relative = string.IsNullOrEmpty(given) ? "." : given;
                if (!byDirectory.TryGetValue(relative, out var files))
                {
                    order.Add(relative);
                    byDirectory[relative] = files = new HashSet<string>(StringComparer.Ordinal);
                }

                files?.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                foreach (var directory in WorkspaceFolders(path))
                {
                    if (!byDirectory.ContainsKey(directory))
                    {
                        order.Add(directory);
                    }

                    byDirectory[directory] = null;
                }
            }
            else
            {
                throw new FileNotFoundException($"No such file or folder: {path}", path);
            }
        }

        return order.Select(d => new WorkspaceRequest(d, byDirectory[d])).ToList();
    }

    private static IEnumerable<string> WorkspaceFolders(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        var found = new List<string>();
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            if (Directory.EnumerateFiles(directory, "*" + JourneyWorkspace.FileExtension).Any())
            {
                found.Add(directory);
            }

            foreach (var child in Directory.EnumerateDirectories(directory))
            {
                var name = Path.GetFileName(child);
                if (!name.StartsWith('.') && !SkippedFolders.Contains(name))
                {
                    pending.Push(child);
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }
}
