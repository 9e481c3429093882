using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Language.Services;

/// <summary>The tests of a file, for "run test" code lenses.</summary>
public static class TestLensService
{
    public static IReadOnlyList<TestLens> GetTests(SyntaxTree tree) => tree.Root.Declarations
        .OfType<TestDeclarationSyntax>()
        .Select(t => new TestLens(t.Name.Value, t.Journey.Text, t.Span))
        .ToList();
}
