namespace MarketingAutomation.Testing;

/// <summary>
/// The repository's root folder (the one holding MarketingAutomation.sln), found by walking up
/// from the test binaries. One file, linked into every test project.
/// </summary>
internal static class SolutionFolder
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

        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds MarketingAutomation.sln.");
    }
}
