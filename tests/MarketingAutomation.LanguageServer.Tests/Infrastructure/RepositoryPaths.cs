using MarketingAutomation.Testing;

namespace MarketingAutomation.LanguageServer.Tests.Infrastructure;

/// <summary>The repository's folders the tests read.</summary>
internal static class RepositoryPaths
{
    public static string Root => SolutionFolder.Path;

    public static string Shop => Path.Combine(Root, "examples", "shop");
}
