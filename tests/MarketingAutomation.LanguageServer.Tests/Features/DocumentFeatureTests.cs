using System.Text.Json;
using MarketingAutomation.LanguageServer.Tests.Infrastructure;

namespace MarketingAutomation.LanguageServer.Tests.Features;

/// <summary>Features about a whole document: outline, folding, formatting, colours, lenses, fixes, graph.</summary>
public sealed class DocumentFeatureTests
{
    [Fact]
    public async Task Document_symbols_outline_templates_journeys_and_tests_in_order()
    {
        await using var f = await FeatureSession.OpenExistingAsync("welcome.journey", "journey", 0);
        var symbols = (await f.ForDocumentAsync("textDocument/documentSymbol")).EnumerateArray().ToList();
        var names = symbols.Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Equal("welcome_1", names[0]);
        Assert.Contains("welcome_series", names);
        Assert.Contains("engaged subscriber gets the brewing guide", names);
        var journey = symbols.First(s => s.GetProperty("name").GetString() == "welcome_series");
        Assert.Equal(12, journey.GetProperty("kind").GetInt32());
        Assert.Equal("welcome_series", FeatureSession.TextOf(f.Text, journey.GetProperty("selectionRange")));
    }

    [Fact]
    public async Task Contact_fields_are_children_of_the_contact_symbol()
    {
        await using var f = await FeatureSession.OpenExistingAsync("schema.journey", "contact {", 0);
        var contact = (await f.ForDocumentAsync("textDocument/documentSymbol")).EnumerateArray().First(s => s.GetProperty("name").GetString() == "contact");
        Assert.Contains(contact.GetProperty("children").EnumerateArray(), c => c.GetProperty("name").GetString() == "first_name");
    }

    [Fact]
    public async Task Workspace_symbols_search_every_file_by_fuzzy_name()
    {
        await using var f = await FeatureSession.OpenExistingAsync("welcome.journey", "journey", 0);
        var found = await f.Session.RequestAsync("workspace/symbol", new { query = "abncart" });
        var names = found.EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains("abandoned_cart", names);
        Assert.All(found.EnumerateArray(), s => Assert.StartsWith("file://", s.GetProperty("location").GetProperty("uri").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Folding_covers_blocks_and_comment_runs()
    {
        await using var f = await FeatureSession.OpenExistingAsync("welcome.journey", "journey", 0);
        var ranges = (await f.ForDocumentAsync("textDocument/foldingRange")).EnumerateArray().ToList();
        var lines = f.Text.Split('\n');
        var journeyLine = Array.FindIndex(lines, l => l.StartsWith("journey welcome_series", StringComparison.Ordinal));
        Assert.Contains(ranges, r => r.GetProperty("startLine").GetInt32() == journeyLine);
        Assert.Contains(ranges, r => r.TryGetProperty("kind", out var kind) && kind.GetString() == "comment" && r.GetProperty("startLine").GetInt32() == 0);
    }

    [Fact]
    public async Task Formatting_gives_the_text_of_ma_fmt_and_nothing_for_tidy_text()
    {
        var messy = "journey   tidy_me {\n when signed_up\n      send email welcome_1\n}\n";
        await using var f = await FeatureSession.OpenAsync("tidy.journey", messy + "$$");
        var edits = await f.ForDocumentAsync("textDocument/formatting", new { tabSize = 4, insertSpaces = true });
        var edit = Assert.Single(edits.EnumerateArray());
        var formatted = edit.GetProperty("newText").GetString();
        Assert.Equal("journey tidy_me {\n  when signed_up\n  send email welcome_1\n}\n", formatted);

        await f.Session.ReplaceAllAsync(f.Uri, formatted!);
        Assert.Equal(0, (await f.ForDocumentAsync("textDocument/formatting", new { tabSize = 4, insertSpaces = true })).GetArrayLength());
    }

    [Fact]
    public async Task Formatting_leaves_a_document_with_syntax_errors_alone()
    {
        await using var f = await FeatureSession.OpenAsync("broken.journey", "journey   broken {\n send email\n$$");
        Assert.Equal(0, (await f.ForDocumentAsync("textDocument/formatting", new { tabSize = 2, insertSpaces = true })).GetArrayLength());
    }

    [Fact]
    public async Task Semantic_tokens_classify_keywords_names_and_literals()
    {
        await using var f = await FeatureSession.OpenAsync("tokens.journey", "journey colours {\n  when signed_up\n  wait 2d // pause\n  send email welcome_1\n}\n$$");
        var legend = f.Session.InitializeResult.GetProperty("capabilities").GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes")
            .EnumerateArray().Select(e => e.GetString()).ToList();
        var data = (await f.ForDocumentAsync("textDocument/semanticTokens/full")).GetProperty("data").EnumerateArray().Select(e => e.GetInt32()).ToList();
        Assert.Equal(0, data.Count % 5);

        var decoded = new List<(int Line, int Start, int Length, string Type)>();
        int line = 0, start = 0;
        for (var i = 0; i < data.Count; i += 5)
        {
            line += data[i];
            start = data[i] == 0 ? start + data[i + 1] : data[i + 1];
            decoded.Add((line, start, data[i + 2], legend[data[i + 3]]!));
        }

        Assert.Contains((0, 0, 7, "keyword"), decoded);
        Assert.Contains((0, 8, 7, "function"), decoded);
        Assert.Contains((1, 7, 9, "event"), decoded);
        Assert.Contains((2, 7, 2, "number"), decoded);
        Assert.Contains((2, 10, 8, "comment"), decoded);
        Assert.Contains((3, 13, 9, "class"), decoded);
    }

    [Fact]
    public async Task Code_actions_offer_the_checkers_fix_for_a_misspelt_name()
    {
        await using var f = await FeatureSession.OpenAsync("typo.journey", "journey typo {\n  when signed_up\n  send email welcome_$$l\n}\n");
        await f.Session.Diagnostics.WaitForAsync(f.Uri, d => d.Length > 0);
        var actions = await f.Session.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = f.Uri },
            range = new { start = f.Cursor, end = f.Cursor },
            context = new { diagnostics = Array.Empty<object>() },
        });
        var action = actions.EnumerateArray().First();
        Assert.Equal("quickfix", action.GetProperty("kind").GetString());
        var edit = Assert.Single(action.GetProperty("edit").GetProperty("changes").GetProperty(f.Uri).EnumerateArray());
        Assert.Equal("welcome_1", edit.GetProperty("newText").GetString());
    }

    [Fact]
    public async Task Code_lenses_run_each_test_with_its_name_and_journey()
    {
        await using var f = await FeatureSession.OpenExistingAsync("welcome.journey", "journey", 0);
        var lenses = (await f.ForDocumentAsync("textDocument/codeLens")).EnumerateArray().ToList();
        var tests = File.ReadLines(Path.Combine(MarketingAutomation.Testing.SolutionFolder.Path, "examples", "shop", "welcome.journey")).Count(l => l.StartsWith("test \"", StringComparison.Ordinal));
        Assert.True(tests > 1);
        Assert.Equal(tests, lenses.Count);
        var command = lenses[0].GetProperty("command");
        Assert.Equal("Run test", command.GetProperty("title").GetString());
        Assert.Equal("journey.runTest", command.GetProperty("command").GetString());
        var arguments = command.GetProperty("arguments").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Equal([f.Uri, "engaged subscriber gets the brewing guide", "welcome_series"], arguments);
    }

    [Fact]
    public async Task The_journey_graph_has_branches_and_ranges()
    {
        await using var f = await FeatureSession.OpenExistingAsync("welcome.journey", "wait 2d", 0);
        var graph = await f.Session.RequestAsync("journey/graph", new { textDocument = new { uri = f.Uri }, position = f.Cursor });
        Assert.Equal("welcome_series", graph.GetProperty("journey").GetString());
        var nodes = graph.GetProperty("nodes").EnumerateArray().ToList();
        var edges = graph.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal("trigger", nodes[0].GetProperty("kind").GetString());
        Assert.Equal("end", nodes[^1].GetProperty("kind").GetString());
        var send = nodes.First(n => n.GetProperty("label").GetString() == "send email welcome_1");
        Assert.Equal("send email welcome_1", FeatureSession.TextOf(f.Text, send.GetProperty("range")));
        var branch = nodes.First(n => n.GetProperty("kind").GetString() == "if");
        var labels = edges.Where(e => e.GetProperty("from").GetString() == branch.GetProperty("id").GetString()).Select(e => e.GetProperty("label").GetString()).Order();
        Assert.Equal(["no", "yes"], labels);
        Assert.All(edges, e => Assert.Contains(nodes, n => n.GetProperty("id").GetString() == e.GetProperty("to").GetString()));

        var byName = await f.Session.RequestAsync("journey/graph", new { textDocument = new { uri = f.Uri }, journey = "abandoned_cart" });
        Assert.Equal("abandoned_cart", byName.GetProperty("journey").GetString());
        Assert.EndsWith("/abandoned_cart.journey", byName.GetProperty("uri").GetString(), StringComparison.Ordinal);

        var none = await f.Session.RequestAsync("journey/graph", new { textDocument = new { uri = f.Uri }, journey = "no_such_journey" });
        Assert.Equal(JsonValueKind.Null, none.ValueKind);
    }
}
