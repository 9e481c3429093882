namespace MarketingAutomation.Language.Tests;

/// <summary>Finds the repository's folders from wherever the test assembly runs.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    /// <summary>Workspaces made for tests, such as one full of mistakes.</summary>
    public static string Samples => Path.Combine(Root, "tests", "MarketingAutomation.Language.Tests", "Samples");

    public static string Baselines => Path.Combine(Root, "tests", "MarketingAutomation.Language.Tests", "Baselines");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MarketingAutomation.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with MarketingAutomation.sln) is not above " + AppContext.BaseDirectory);
    }
}
