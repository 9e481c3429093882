using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Services;

namespace MarketingAutomation.Language.Tests.Services;

/// <summary>Document symbols, workspace symbols, folding ranges and test lenses.</summary>
public sealed class OutlineTests
{
    private const string Main = """
        // Welcome series.
        // Two comment lines fold together.
        journey welcome {
          when signed_up
          send email welcome_1
          if opened(welcome_1) {
            tag "engaged"
          } else {
            send sms cart_nudge
          }
        }

        test "engaged" for welcome {
          expect send email welcome_1
        }
        |
        """;

    [Fact]
    public void Document_symbols_nest_steps_and_branches_in_journeys()
    {
        var workspace = ServiceWorkspace.Create(Main);
        var symbols = SymbolService.GetDocumentSymbols(workspace.Compilation, workspace.Tree);
        Assert.Equal(["welcome", "engaged"], symbols.Select(s => s.Name));
        var journey = symbols[0];
        Assert.Equal(DocumentSymbolKind.Journey, journey.Kind);
        Assert.Equal(["when signed_up", "send email welcome_1", "if opened(welcome_1)"], journey.Children.Select(c => c.Name));
        var branches = journey.Children[2].Children;
        Assert.Equal(["if opened(welcome_1)", "else"], branches.Select(b => b.Name));
        Assert.Equal("send sms cart_nudge", Assert.Single(branches[1].Children).Name);
        Assert.Equal("for welcome", symbols[1].Detail);
    }

    [Fact]
    public void Document_symbols_list_fields_with_their_types()
    {
        var workspace = ServiceWorkspace.Create("contact {\n  email: email\n  plan: enum(a, b)?\n}\nlifecycle { lead -> customer }|", withSchema: false);
        var symbols = SymbolService.GetDocumentSymbols(workspace.Compilation, workspace.Tree);
        Assert.Equal(["email: email", "plan: enum(a, b)?"], symbols[0].Children.Select(f => $"{f.Name}: {f.Detail}"));
        Assert.Equal(["lead", "customer"], symbols[1].Children.Select(s => s.Name));
        Assert.All(symbols, s => Assert.True(s.SelectionSpan.Start >= s.Span.Start && s.SelectionSpan.End <= s.Span.End));
    }

    [Fact]
    public void Workspace_symbols_match_characters_in_order()
    {
        var workspace = ServiceWorkspace.Create(Main);
        var found = SymbolService.GetWorkspaceSymbols(workspace.Compilation, "ordpl");
        var symbol = Assert.Single(found);
        Assert.Equal(("order_placed", SymbolKind.Event), (symbol.Name, symbol.Kind));
        Assert.Equal(ServiceWorkspace.SchemaPath, symbol.Location.Path);

        var total = Assert.Single(SymbolService.GetWorkspaceSymbols(workspace.Compilation, "TOTAL"));
        Assert.Equal("order_placed", total.ContainerName);
        Assert.Contains(SymbolService.GetWorkspaceSymbols(workspace.Compilation, string.Empty), s => s.Name == "welcome");
    }

    [Fact]
    public void Folding_covers_multi_line_blocks_and_comment_runs()
    {
        var workspace = ServiceWorkspace.Create(Main);
        var source = workspace.Tree.Source;
        var lines = FoldingService.GetFoldingRanges(workspace.Tree)
            .Select(r => (source.GetLinePosition(r.Span.Start).Line, source.GetLinePosition(r.Span.End).Line, r.Kind))
            .ToList();
        Assert.Equal(
            [(0, 1, FoldingRangeKind.Comment), (2, 10, FoldingRangeKind.Region), (5, 7, FoldingRangeKind.Region), (7, 9, FoldingRangeKind.Region), (12, 14, FoldingRangeKind.Region)],
            lines);
    }

    [Fact]
    public void Test_lenses_name_test_and_journey()
    {
        var workspace = ServiceWorkspace.Create(Main);
        var test = Assert.Single(TestLensService.GetTests(workspace.Tree));
        Assert.Equal(("engaged", "welcome"), (test.Name, test.Journey));
        Assert.StartsWith("test \"engaged\"", workspace.TextAt(test.Span), StringComparison.Ordinal);
    }
}
