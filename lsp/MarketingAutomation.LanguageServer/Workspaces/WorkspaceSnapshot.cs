using System.Collections.Concurrent;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;
using MarketingAutomation.LanguageServer.Documents;

namespace MarketingAutomation.LanguageServer.Workspaces;

/// <summary>
/// One workspace checked at one moment: the compilation, and the URI and editor version of each
/// document it was built from. Immutable, so requests can read it while the next one is built.
/// </summary>
internal sealed class WorkspaceSnapshot
{
    private readonly Dictionary<string, SyntaxTree> treesByPath;
    private readonly IReadOnlyDictionary<string, OpenDocument> openDocuments;
    private readonly ConcurrentDictionary<string, SourceText?> otherFiles = new(StringComparer.Ordinal);

    public WorkspaceSnapshot(int stamp, Compilation compilation, IReadOnlyDictionary<string, OpenDocument> openDocuments)
    {
        Stamp = stamp;
        Compilation = compilation;
        this.openDocuments = openDocuments;
        treesByPath = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            treesByPath[tree.Source.Path] = tree;
        }
    }

    /// <summary>Which change of the workspace this snapshot reflects; larger is newer.</summary>
    public int Stamp { get; }

    public Compilation Compilation { get; }

    public IReadOnlyList<SyntaxTree> Trees => Compilation.SyntaxTrees;

    public SyntaxTree? FindTree(string path) => treesByPath.GetValueOrDefault(path);

    /// <summary>
    /// The text of a file the answers name by path: a script of the workspace, or a template
    /// file (read as the compilation read it, once, so every range is measured on one text).
    /// </summary>
    public SourceText? SourceOf(string path) =>
        FindTree(path)?.Source ?? otherFiles.GetOrAdd(path, p => Compilation.Workspace.ReadFile(p) is { } text ? new SourceText(p, text) : null);

    /// <summary>The URI to name a file by in answers: the client's own for open documents.</summary>
    public string UriOf(string path) =>
        openDocuments.TryGetValue(path, out var open) ? open.Uri : DocumentUri.FromPath(path);

    public string UriOf(SourceText source) => UriOf(source.Path);

    /// <summary>The editor's version of the text this snapshot saw, for open documents.</summary>
    public int? VersionOf(string path) => openDocuments.TryGetValue(path, out var open) ? open.Version : null;
}
