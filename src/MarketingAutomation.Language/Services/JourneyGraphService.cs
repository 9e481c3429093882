using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Services;

/// <summary>Journeys as flow charts, for a graph view beside the script.</summary>
public static class JourneyGraphService
{
    public static JourneyGraph? GetGraph(Compilation compilation, string journeyName)
    {
        if (string.IsNullOrEmpty(journeyName))
        {
            return null;
        }

        if (compilation.Model.Symbols.Journeys.FirstOrDefault(j => j.Name == journeyName) is { Source: { } source } symbol)
        {
            return new JourneyGraphBuilder(source).Build(symbol.Syntax);
        }

        // A journey declared twice is not in the symbol table; its first declaration still has a graph.
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.Root.Declarations.OfType<JourneyDeclarationSyntax>().FirstOrDefault(j => j.Name.Text == journeyName) is { } journey)
            {
                return new JourneyGraphBuilder(tree.Source).Build(journey);
            }
        }

        return null;
    }

    /// <summary>The journey declared at the position, or the journey of the test there.</summary>
    public static string? FindJourneyAt(SyntaxTree tree, int position)
    {
        var declaration = tree.Root.Declarations.FirstOrDefault(d => d.Span.IntersectsOrTouches(position));
        var name = declaration switch
        {
            JourneyDeclarationSyntax journey => journey.Name,
            TestDeclarationSyntax test => test.Journey,
            _ => null,
        };
        return name is { IsMissing: false } ? name.Text : null;
    }
}
