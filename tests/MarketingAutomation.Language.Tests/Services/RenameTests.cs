using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Services;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Tests.Services;

public sealed class RenameTests
{
    private const string Main = """
        journey j {
          when order_placed where event.total > 5
          if contact.first_name == "Ala" { send email welcome_1 }
          notify sales "Order from {{ contact.first_name }}"
        }

        test "t" for j {
          contact { email: "a@example.com", first_name: "Ala" }
          at 0s event order_placed { order_id: "A1", total: 10, category: beans }
          expect send email welcome_1
        }

        """;

    [Fact]
    public void An_event_is_renamed_in_every_file()
    {
        var workspace = ServiceWorkspace.Create(Main.Replace("when order_placed", "when order_pl|aced", StringComparison.Ordinal));
        var result = RenameService.Rename(workspace.Compilation, workspace.Tree, workspace.Position, "purchase");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(2, result.Edits[ServiceWorkspace.MainPath].Count);
        Assert.Equal(2, result.Edits[ServiceWorkspace.SchemaPath].Count); // the declaration and the score rule
        var renamed = Apply(workspace.Compilation, result);
        Assert.DoesNotContain("order_placed", renamed[ServiceWorkspace.MainPath], StringComparison.Ordinal);
        AssertSameErrors(workspace.Compilation, renamed);
    }

    [Fact]
    public void A_contact_field_is_renamed_in_expressions_test_data_and_liquid()
    {
        var files = new Dictionary<string, string>
        {
            [ServiceWorkspace.Root + "/templates/hello.liquid"] = "<p>Hi {{ contact.first_name }}, {{ contact[\"first_name\"] }}</p>",
            [ServiceWorkspace.Root + "/other.journey"] = "template email hello {\n  subject \"Say \\\"hi\\\" {{ contact.first_name }}\"\n  body file \"templates/hello.liquid\"\n}\n",
        };
        var workspace = ServiceWorkspace.Create(Main.Replace("if contact.first_name", "if contact.first_na|me", StringComparison.Ordinal), files);
        var result = RenameService.Rename(workspace.Compilation, workspace.Tree, workspace.Position, "given_name");

        Assert.True(result.Succeeded, result.Error);
        var renamed = Apply(workspace.Compilation, result, files);
        Assert.Contains("{{ contact.given_name }}", renamed[ServiceWorkspace.MainPath], StringComparison.Ordinal);
        Assert.Contains("contact { email: \"a@example.com\", given_name: \"Ala\" }", renamed[ServiceWorkspace.MainPath], StringComparison.Ordinal);
        Assert.Contains("Welcome, {{ contact.given_name }}!", renamed[ServiceWorkspace.SchemaPath], StringComparison.Ordinal);
        Assert.Contains("Say \\\"hi\\\" {{ contact.given_name }}", renamed[ServiceWorkspace.Root + "/other.journey"], StringComparison.Ordinal);
        Assert.Equal("<p>Hi {{ contact.given_name }}, {{ contact[\"given_name\"] }}</p>", renamed[ServiceWorkspace.Root + "/templates/hello.liquid"]);
        Assert.DoesNotContain(renamed.Values, text => text.Contains("first_name", StringComparison.Ordinal));
        AssertSameErrors(workspace.Compilation, renamed, files);
    }

    [Fact]
    public void A_stage_is_renamed_where_contact_stage_is_compared()
    {
        var workspace = ServiceWorkspace.Create("journey k {\n  when signed_up\n  if contact.stage == lead { stage le|ad }\n}\n");
        var result = RenameService.Rename(workspace.Compilation, workspace.Tree, workspace.Position, "prospect");
        Assert.True(result.Succeeded, result.Error);
        var renamed = Apply(workspace.Compilation, result);
        Assert.Contains("if contact.stage == prospect { stage prospect }", renamed[ServiceWorkspace.MainPath], StringComparison.Ordinal);
        Assert.Contains("subscriber -> prospect -> customer", renamed[ServiceWorkspace.SchemaPath], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1abc", "not a valid name")]
    [InlineData("order placed", "not a valid name")]
    [InlineData("", "not a valid name")]
    [InlineData("when", "reserved word")]
    [InlineData("and", "reserved word")]
    [InlineData("now", "already has a meaning")]
    [InlineData("cart_abandoned", "already an event named `cart_abandoned`")]
    public void Invalid_or_clashing_names_are_refused(string newName, string reason)
    {
        var workspace = ServiceWorkspace.Create(Main.Replace("when order_placed", "when order_pl|aced", StringComparison.Ordinal));
        var result = RenameService.Rename(workspace.Compilation, workspace.Tree, workspace.Position, newName);
        Assert.False(result.Succeeded);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Edits);
    }

    [Fact]
    public void A_field_cannot_take_the_name_of_a_sibling_field()
    {
        var workspace = ServiceWorkspace.Create(Main.Replace("if contact.first_name", "if contact.first_na|me", StringComparison.Ordinal));
        var result = RenameService.Rename(workspace.Compilation, workspace.Tree, workspace.Position, "email");
        Assert.Contains("already a field named `email`", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_keyword_may_be_a_name_where_the_grammar_allows()
    {
        var workspace = ServiceWorkspace.Create("journey j {\n  when signed_up\n  post c|rm\n}\n");
        var result = RenameService.Rename(workspace.Compilation, workspace.Tree, workspace.Position, "sales");
        Assert.True(result.Succeeded, result.Error);
    }

    [Fact]
    public void A_rename_that_would_not_parse_where_the_name_is_used_is_refused()
    {
        // `post journey` does not read as a post to a connection named `journey`.
        var workspace = ServiceWorkspace.Create("journey j {\n  when signed_up\n  post c|rm\n}\n");
        var result = RenameService.Rename(workspace.Compilation, workspace.Tree, workspace.Position, "journey");
        Assert.False(result.Succeeded);
        Assert.Contains("would break the workspace", result.Error, StringComparison.Ordinal);
        Assert.Contains("main.journey(3,8)", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rename_that_cannot_reach_a_use_is_refused()
    {
        // The escape hides the field's name from the rename, so the Liquid would be left behind.
        var main = "template email odd {\n  subject \"Hi {{ contact.\\u0066irst_name }}\"\n  body \"x\"\n}\nsegment s = contact.first_na|me == \"a\"\n";
        var workspace = ServiceWorkspace.Create(main);
        Assert.DoesNotContain(workspace.Compilation.Diagnostics, d => d.IsError);
        var result = RenameService.Rename(workspace.Compilation, workspace.Tree, workspace.Position, "given_name");
        Assert.False(result.Succeeded);
        Assert.Contains("would break the workspace", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("journey j {\n  when email.op|ened\n  exit\n}\n")]
    [InlineData("jour|ney j {\n  when signed_up\n  exit\n}\n")]
    [InlineData("segment s = cont|act.plan == pro\n")]
    [InlineData("segment s = cou|nt(order_placed) > 1\n")]
    [InlineData("test \"na|me\" for j {\n  expect exit\n}\n")]
    [InlineData("segment s = contact.plan == p|ro\n")]
    public void Built_ins_keywords_and_values_cannot_be_renamed(string main)
    {
        var workspace = ServiceWorkspace.Create(main);
        Assert.Null(RenameService.PrepareRename(workspace.Compilation, workspace.Tree, workspace.Position));
        Assert.False(RenameService.Rename(workspace.Compilation, workspace.Tree, workspace.Position, "x").Succeeded);
    }

    [Fact]
    public void Prepare_gives_the_name_and_its_span()
    {
        var workspace = ServiceWorkspace.Create("journey j {\n  when signed_up\n  send email welcome_|1\n}\n");
        var prepared = RenameService.PrepareRename(workspace.Compilation, workspace.Tree, workspace.Position);
        Assert.NotNull(prepared);
        Assert.Equal("welcome_1", prepared.Value.Placeholder);
        Assert.Equal("welcome_1", workspace.TextAt(prepared.Value.Span));
    }

    private static Dictionary<string, string> Apply(Compilation compilation, RenameResult result, IReadOnlyDictionary<string, string>? templateFiles = null)
    {
        var texts = compilation.Workspace.Documents.ToDictionary(d => d.Path, d => d.Text, StringComparer.Ordinal);
        foreach (var (path, text) in templateFiles ?? new Dictionary<string, string>())
        {
            texts.TryAdd(path, text);
        }

        foreach (var (path, edits) in result.Edits)
        {
            Assert.True(texts.ContainsKey(path), $"edit in unknown file {path}");
            foreach (var edit in edits.OrderByDescending(e => e.Span.Start))
            {
                texts[path] = texts[path].Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
            }
        }

        return texts;
    }

    private static void AssertSameErrors(Compilation before, Dictionary<string, string> renamed, IReadOnlyDictionary<string, string>? templateFiles = null)
    {
        var documents = renamed.Where(r => r.Key.EndsWith(".journey", StringComparison.Ordinal)).ToDictionary(r => r.Key, r => r.Value);
        var files = renamed.Where(r => !r.Key.EndsWith(".journey", StringComparison.Ordinal)).ToDictionary(r => r.Key, r => r.Value);
        var after = ServiceWorkspace.Compile(documents, templateFiles is null ? files : files);
        Assert.Equal(before.Diagnostics.Count(d => d.IsError), after.Diagnostics.Count(d => d.IsError));
        Assert.DoesNotContain(after.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Code.StartsWith("MA2", StringComparison.Ordinal));
    }
}
