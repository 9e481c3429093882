namespace MarketingAutomation.Cli.Output;

/// <summary>
/// Paths for CI tools, which match findings to files in the repository: relative to the base
/// folder (usually the repository root) with forward slashes on every operating system.
/// </summary>
internal static class RepoRelativePath
{
    /// <summary>
    /// The path of <paramref name="path"/> below <paramref name="basePath"/> with '/' separators,
    /// or null when the file lies outside the base folder.
    /// </summary>
    public static string? Of(string path, string basePath)
    {
        var relative = Path.GetRelativePath(basePath, Path.GetFullPath(path));
        if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>The path below the base folder, or the full path for a file outside it.</summary>
    public static string OfOrFull(string path, string basePath) =>
        Of(path, basePath) ?? Path.GetFullPath(path).Replace(Path.DirectorySeparatorChar, '/');
}
