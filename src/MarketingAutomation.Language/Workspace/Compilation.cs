using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;

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

    /// <summary>
    /// The compilation of another version of this workspace. Documents whose path and text are
    /// unchanged keep their syntax trees (parsing is most of a rebuild, and an edit touches one
    /// file), and a changed one is re-parsed only where it changed (<see cref="SyntaxTree.WithChangedText"/>);
    /// everything is bound again, since any change may change any file's meaning.
    /// </summary>
    public Compilation WithWorkspace(JourneyWorkspace workspace)
    {
        var previous = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        foreach (var tree in SyntaxTrees)
        {
            previous[tree.Source.Path] = tree;
        }

        var trees = workspace.Documents
            .Select(document => !previous.TryGetValue(document.Path, out var tree) ? SyntaxTree.Parse(document)
                : SameText(tree.Source, document) ? tree
                : tree.WithChangedText(document))
            .ToList();

        // The workspace lists the reused trees' own texts, so a document and its tree stay one object.
        var documents = trees.Select(t => t.Source).ToList();
        return new Compilation(JourneyWorkspace.FromDocuments(workspace.RootDirectory, documents, workspace.ReadFile), trees);
    }

    /// <summary>This compilation with one document added, or replaced by its path.</summary>
    public Compilation WithDocument(SourceText document) =>
        WithWorkspace(JourneyWorkspace.FromDocuments(
            Workspace.RootDirectory,
            Workspace.Documents.Where(d => !string.Equals(d.Path, document.Path, StringComparison.Ordinal)).Append(document),
            Workspace.ReadFile));

    private static bool SameText(SourceText before, SourceText after) =>
        ReferenceEquals(before, after) || string.Equals(before.Text, after.Text, StringComparison.Ordinal);
}
