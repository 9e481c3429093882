namespace MarketingAutomation.Benchmarks;

/// <summary>
/// Finds the repository from wherever BenchmarkDotNet runs the benchmarks (it builds and starts
/// them from a folder under bin/), so the examples can be read in place.
/// </summary>
internal static class RepositoryFolder
{
    public static string Examples(string workspace) => Path.Combine(Above("MarketingAutomation.sln"), "examples", workspace);

    /// <summary>Where BenchmarkDotNet writes its reports: beside this project, not in the caller's folder.</summary>
    public static string Artifacts() => Path.Combine(Above("MarketingAutomation.Benchmarks.csproj"), "BenchmarkDotNet.Artifacts");

    private static string Above(string marker)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, marker)))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException($"Run the benchmarks from inside the repository: {marker} was not found above {AppContext.BaseDirectory}");
    }
}
