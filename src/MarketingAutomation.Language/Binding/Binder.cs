using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Binding;

internal static class Binder
{
    public static SemanticModel Bind(JourneyWorkspace workspace, IReadOnlyList<SyntaxTree> trees)
    {
        var diagnostics = trees.SelectMany(t => t.Diagnostics).ToList();
        return new SemanticModel(diagnostics);
    }
}
