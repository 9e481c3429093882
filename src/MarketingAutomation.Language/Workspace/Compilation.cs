using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Language.Workspace;

/// <summary>
/// A checked workspace: every file parsed, every name bound, every type checked. Immutable;
/// the semantic model and diagnostics are computed once, on first use, and then shared by the
/// CLI, the compiler and the language server.
/// </summary>
public sealed class Compilation
{
    private readonly Lazy<SemanticModel> model;

    private Compilation(JourneyWorkspace workspace, IReadOnlyList<SyntaxTree> syntaxTrees)
    {
        Workspace = workspace;
        SyntaxTrees = syntaxTrees;
        model = new Lazy<SemanticModel>(() => Binder.Bind(workspace, syntaxTrees), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public JourneyWorkspace Workspace { get; }

    public IReadOnlyList<SyntaxTree> SyntaxTrees { get; }

    public SemanticModel Model => model.Value;

    /// <summary>All diagnostics of the workspace, ordered by file and position.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => Model.Diagnostics;

    public static Compilation Create(JourneyWorkspace workspace) =>
        new(workspace, workspace.Documents.Select(SyntaxTree.Parse).ToList());
}
