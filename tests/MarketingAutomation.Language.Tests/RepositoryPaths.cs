using MarketingAutomation.Testing;

namespace MarketingAutomation.Language.Tests;

/// <summary>Finds the repository's folders from wherever the test assembly runs.</summary>
internal static class RepositoryPaths
{
    public static string Root => SolutionFolder.Path;

    public static string Examples => Path.Combine(Root, "examples");

    /// <summary>Workspaces made for tests, such as one full of mistakes.</summary>
    public static string Samples => Path.Combine(Root, "tests", "MarketingAutomation.Language.Tests", "Samples");

    public static string Baselines => Path.Combine(Root, "tests", "MarketingAutomation.Language.Tests", "Baselines");
}
