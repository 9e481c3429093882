namespace MarketingAutomation.LanguageServer.Tests.Infrastructure;

/// <summary>Finds the repository's folders from wherever the test assembly runs.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shop => Path.Combine(Root, "examples", "shop");

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
