namespace MarketingAutomation.Cli.Tests.Infrastructure;

/// <summary>The repository's root folder, found from the test binaries upwards.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "MarketingAutomation.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No MarketingAutomation.sln above {AppContext.BaseDirectory}.");
    }
}
