using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;
using MarketingAutomation.LanguageServer.Conversion;
using MarketingAutomation.LanguageServer.Protocol;
using MarketingAutomation.LanguageServer.Workspaces;
using Range = MarketingAutomation.LanguageServer.Protocol.Range;

namespace MarketingAutomation.LanguageServer.Features;

/// <summary>One document within the workspace snapshot a request is answered from.</summary>
internal sealed record DocumentContext(WorkspaceSnapshot Snapshot, SyntaxTree Tree, string Uri)
{
    public SourceText Source => Tree.Source;

    public SemanticModel Model => Snapshot.Compilation.Model;

    public int OffsetOf(Position position) => Positions.ToOffset(Source, position);

    public Range RangeOf(TextSpan span) => Positions.ToRange(Source, span);

    /// <summary>A range in any file of the workspace, by its source.</summary>
    public Location LocationOf(SourceText source, TextSpan span) =>
        new(Snapshot.UriOf(source), Positions.ToRange(source, span));
}
