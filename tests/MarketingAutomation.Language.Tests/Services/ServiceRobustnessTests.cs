using MarketingAutomation.Language.Services;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Tests.Services;

/// <summary>
/// Every language service, at every offset of real example files and of those files cut short
/// (as they are while being typed), must answer without throwing and with spans inside the text.
/// </summary>
public sealed class ServiceRobustnessTests
{
    public static TheoryData<string, string> Files() => new()
    {
        { "shop", "welcome.journey" },
        { "shop", "abandoned_cart.journey" },
        { "shop", "audience.journey" },
        { "b2b", "handoff.journey" },
        { "b2b", "tests.journey" },
        { "b2b", "scoring.journey" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_service_answers_at_every_offset(string workspace, string file)
    {
        var compilation = Compilation.Create(JourneyWorkspace.FromDirectory(Path.Combine(RepositoryPaths.Examples, workspace)));
        var tree = compilation.SyntaxTrees.Single(t => Path.GetFileName(t.Source.Path) == file);
        CallWholeFileServices(compilation, tree);
        for (var position = 0; position <= tree.Source.Text.Length; position++)
        {
            CallPositionServices(compilation, tree, position);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_service_answers_on_the_file_cut_short(string workspace, string file)
    {
        var directory = Path.Combine(RepositoryPaths.Examples, workspace);
        var original = JourneyWorkspace.FromDirectory(directory);
        var document = original.Documents.Single(d => Path.GetFileName(d.Path) == file);
        var text = document.Text;
        for (var cut = 0; cut <= text.Length; cut += 97)
        {
            var truncated = new SourceText(document.Path, text[..cut]);
            var documents = original.Documents.Select(d => d == document ? truncated : d);
            var compilation = Compilation.Create(JourneyWorkspace.FromDocuments(directory, documents));
            var tree = compilation.SyntaxTrees.Single(t => t.Source == truncated);
            CallWholeFileServices(compilation, tree);

            // Typing happens at the end; the rest of the file is sampled.
            for (var position = Math.Max(0, cut - 40); position <= cut; position++)
            {
                CallPositionServices(compilation, tree, position);
            }

            for (var position = 0; position < cut; position += 23)
            {
                CallPositionServices(compilation, tree, position);
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("journey")]
    [InlineData("journey j {")]
    [InlineData("journey j { when")]
    [InlineData("journey j { when . . where event. == [ , ( }")]
    [InlineData("test \"t\" for { at event { : , } expect no send")]
    [InlineData("contact { a : enum( , ) = ")]
    [InlineData("}}}} {{{{ ))) ((( ]]] [[[")]
    [InlineData("score s { on . + where max per decay every }")]
    [InlineData("template email { subject file body")]
    [InlineData("/* unterminated")]
    [InlineData("segment s = \"unterminated")]
    public void Every_service_answers_on_broken_text(string text)
    {
        var compilation = ServiceWorkspace.Compile(new Dictionary<string, string> { [ServiceWorkspace.MainPath] = text, [ServiceWorkspace.SchemaPath] = ServiceSamples.Schema });
        var tree = compilation.SyntaxTrees.Single(t => t.Source.Path == ServiceWorkspace.MainPath);
        CallWholeFileServices(compilation, tree);
        for (var position = -1; position <= text.Length + 1; position++)
        {
            CallPositionServices(compilation, tree, position);
        }
    }

    private static void CallWholeFileServices(Compilation compilation, SyntaxTree tree)
    {
        var length = tree.Source.Text.Length;
        AssertOrderedAndInside(SemanticTokensService.GetTokens(compilation, tree), length);
        AssertInside(FoldingService.GetFoldingRanges(tree).Select(r => r.Span), length);
        AssertInside(Flatten(SymbolService.GetDocumentSymbols(compilation, tree)).SelectMany(s => new[] { s.Span, s.SelectionSpan }), length);
        AssertInside(TestLensService.GetTests(tree).Select(t => t.Span), length);
        foreach (var action in CodeActionService.GetCodeActions(compilation, tree, new TextSpan(0, length)))
        {
            Assert.NotEmpty(action.Edits);
        }

        _ = SymbolService.GetWorkspaceSymbols(compilation, "a");
        foreach (var journey in compilation.Model.Symbols.Journeys)
        {
            var graph = JourneyGraphService.GetGraph(compilation, journey.Name);
            Assert.NotNull(graph);
            var ids = graph.Nodes.Select(n => n.Id).ToHashSet();
            Assert.All(graph.Edges, e => Assert.True(ids.Contains(e.From) && ids.Contains(e.To), $"{e.From} -> {e.To}"));
        }
    }

    private static void CallPositionServices(Compilation compilation, SyntaxTree tree, int position)
    {
        var length = tree.Source.Text.Length;
        _ = CompletionService.GetCompletions(compilation, tree, position);
        if (HoverService.GetHover(compilation, tree, position) is { } hover)
        {
            AssertInside([hover.Span], length);
        }

        _ = SignatureHelpService.GetSignatureHelp(compilation, tree, position);
        _ = NavigationService.GetDefinition(compilation, tree, position);
        _ = NavigationService.FindReferences(compilation, tree, position, includeDeclaration: true);
        AssertInside(NavigationService.GetHighlights(compilation, tree, position).Select(h => h.Span), length);
        if (RenameService.PrepareRename(compilation, tree, position) is { } rename)
        {
            AssertInside([rename.Span], length);
        }

        _ = JourneyGraphService.FindJourneyAt(tree, position);
    }

    private static void AssertOrderedAndInside(IReadOnlyList<SemanticToken> tokens, int length)
    {
        AssertInside(tokens.Select(t => t.Span), length);
        for (var i = 1; i < tokens.Count; i++)
        {
            Assert.True(tokens[i - 1].Span.End <= tokens[i].Span.Start, $"{tokens[i - 1]} overlaps {tokens[i]}");
        }
    }

    private static void AssertInside(IEnumerable<TextSpan> spans, int length) =>
        Assert.All(spans, s => Assert.True(s.Start >= 0 && s.Length >= 0 && s.End <= length, $"{s} outside 0..{length}"));

    private static IEnumerable<DocumentSymbol> Flatten(IEnumerable<DocumentSymbol> symbols) =>
        symbols.SelectMany(s => Flatten(s.Children).Prepend(s));
}
