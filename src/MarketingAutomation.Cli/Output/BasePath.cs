namespace MarketingAutomation.Cli.Output;

/// <summary>The folder that machine-readable paths are made relative to (`--base-path`).</summary>
internal static class BasePath
{
    /// <summary>The full path of <paramref name="given"/>, or of the current folder when none was given.</summary>
    public static string Resolve(string? given)
    {
        if (string.IsNullOrEmpty(given))
        {
            return Path.GetFullPath(Directory.GetCurrentDirectory());
        }

        if (!Directory.Exists(given))
        {
            throw new UsageException($"no such folder for --base-path: {given}");
        }

        return Path.GetFullPath(given);
    }
}
