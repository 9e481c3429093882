using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Cli.Workspaces;

/// <summary>
/// Turns command-line paths into loaded workspaces, and every way that can fail (a missing path,
/// a file that is not a journey, an unreadable folder) into a one-line <see cref="UsageException"/>.
/// </summary>
internal static class WorkspaceLoader
{
    public static IReadOnlyList<RequestedWorkspace> Load(IReadOnlyList<string> paths)
    {
        foreach (var path in paths)
        {
            RejectNonJourneyFile(path);
        }

        var requests = Merge(Discover(paths));
        if (requests.Count == 0)
        {
            throw new UsageException($"no {JourneyWorkspace.FileExtension} files found in {string.Join(", ", paths)}");
        }

        return requests.Select(r => new RequestedWorkspace(Read(r.Directory), r.OnlyFiles)).ToList();
    }

    private static void RejectNonJourneyFile(string path)
    {
        if (File.Exists(path) && !path.EndsWith(JourneyWorkspace.FileExtension, StringComparison.Ordinal))
        {
            throw new UsageException($"not a journey file (expected {JourneyWorkspace.FileExtension}): {path}");
        }
    }

    private static IReadOnlyList<WorkspaceRequest> Discover(IReadOnlyList<string> paths)
    {
        try
        {
            return WorkspaceDiscovery.Discover(paths);
        }
        catch (FileNotFoundException exception)
        {
            var path = exception.FileName ?? exception.Message;
            // System.CommandLine hands an unknown `--option` to the paths argument; say what it is.
            throw path.StartsWith('-')
                ? new UsageException($"unknown option: {path}", exception)
                : new UsageException($"no such file or folder: {path}", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read {string.Join(", ", paths)}: {exception.Message}", exception);
        }
    }

    // The same folder named twice in different spellings ("." and "shop" both reaching ./shop)
    // must be checked once, or every finding in it would be printed twice.
    private static List<WorkspaceRequest> Merge(IReadOnlyList<WorkspaceRequest> requests)
    {
        var merged = new List<WorkspaceRequest>();
        var indexByFullPath = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var request in requests)
        {
            var key = Path.GetFullPath(request.Directory);
            if (!indexByFullPath.TryGetValue(key, out var index))
            {
                indexByFullPath[key] = merged.Count;
                merged.Add(request);
                continue;
            }

            var earlier = merged[index];
            var onlyFiles = earlier.OnlyFiles is null || request.OnlyFiles is null
                ? null
                : new HashSet<string>(earlier.OnlyFiles.Concat(request.OnlyFiles), StringComparer.Ordinal);
            merged[index] = earlier with { OnlyFiles = onlyFiles };
        }

        return merged;
    }

    private static JourneyWorkspace Read(string directory)
    {
        try
        {
            return JourneyWorkspace.FromDirectory(directory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read {directory}: {exception.Message}", exception);
        }
    }
}
