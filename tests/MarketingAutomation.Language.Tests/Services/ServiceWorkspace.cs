using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Tests.Services;

/// <summary>
/// An in-memory workspace for language-service tests. The document under test marks the cursor
/// with `|` (Bicep-style); the marker is removed and its offset kept.
/// </summary>
internal sealed record ServiceWorkspace(Compilation Compilation, SyntaxTree Tree, int Position)
{
    public const string Root = "/virtual/workspace";
    public const string MainPath = Root + "/main.journey";
    public const string SchemaPath = Root + "/schema.journey";

    /// <summary>The main document (with a `|` cursor) beside the shared schema and any other files.</summary>
    public static ServiceWorkspace Create(string mainWithCursor, IReadOnlyDictionary<string, string>? otherFiles = null, bool withSchema = true, char marker = '|')
    {
        var position = mainWithCursor.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(position >= 0, "The sample has no cursor marker.");
        Assert.Equal(position, mainWithCursor.LastIndexOf(marker));
        var main = mainWithCursor.Remove(position, 1);
        var documents = new Dictionary<string, string>(StringComparer.Ordinal) { [MainPath] = main };
        if (withSchema)
        {
            documents[SchemaPath] = ServiceSamples.Schema;
        }

        var templateFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text) in otherFiles ?? new Dictionary<string, string>())
        {
            (path.EndsWith(".journey", StringComparison.Ordinal) ? documents : templateFiles)[path] = text;
        }

        var compilation = Compile(documents, templateFiles);
        return new ServiceWorkspace(compilation, compilation.SyntaxTrees.Single(t => t.Source.Path == MainPath), position);
    }

    public static Compilation Compile(IReadOnlyDictionary<string, string> documents, IReadOnlyDictionary<string, string>? templateFiles = null)
    {
        var files = templateFiles ?? new Dictionary<string, string>();
        return Compilation.Create(JourneyWorkspace.FromDocuments(
            Root,
            documents.Select(d => new SourceText(d.Key, d.Value)),
            path => files.TryGetValue(path, out var text) ? text : null));
    }

    public SyntaxTree TreeOf(string path) => Compilation.SyntaxTrees.Single(t => t.Source.Path == path);

    /// <summary>The text of the main document at a span, for asserting what a span covers.</summary>
    public string TextAt(TextSpan span) => Tree.Source.Text.Substring(span.Start, span.Length);
}
