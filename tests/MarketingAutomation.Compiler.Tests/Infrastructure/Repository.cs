using MarketingAutomation.Testing;

namespace MarketingAutomation.Compiler.Tests.Infrastructure;

/// <summary>The repository's folders the tests read.</summary>
internal static class Repository
{
    public static string Root => SolutionFolder.Path;

    public static string Example(string name) => Path.Combine(Root, "examples", name);
}
