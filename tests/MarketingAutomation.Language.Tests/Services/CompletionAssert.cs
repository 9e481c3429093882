using MarketingAutomation.Language.Services;

namespace MarketingAutomation.Language.Tests.Services;

internal static class CompletionAssert
{
    /// <summary>The completion labels at the `|` in <paramref name="main"/>, written against the shared schema.</summary>
    public static IReadOnlyList<CompletionItem> At(string main, IReadOnlyDictionary<string, string>? otherFiles = null)
    {
        var workspace = ServiceWorkspace.Create(main, otherFiles);
        return CompletionService.GetCompletions(workspace.Compilation, workspace.Tree, workspace.Position);
    }

    public static void Offers(string main, string[] expected, string[]? unexpected = null)
    {
        var labels = At(main).Select(i => i.Label).ToList();
        foreach (var label in expected)
        {
            Assert.True(labels.Contains(label), $"`{label}` not offered; offered: {string.Join(", ", labels)}");
        }

        foreach (var label in unexpected ?? [])
        {
            Assert.False(labels.Contains(label), $"`{label}` offered but should not be; offered: {string.Join(", ", labels)}");
        }
    }
}
