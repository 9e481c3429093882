using MarketingAutomation.Testing;

namespace MarketingAutomation.Cli.Tests.Infrastructure;

/// <summary>The repository's root folder.</summary>
public static class RepositoryRoot
{
    public static string Path => SolutionFolder.Path;
}
