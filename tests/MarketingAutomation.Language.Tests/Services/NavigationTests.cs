using MarketingAutomation.Language.Services;

namespace MarketingAutomation.Language.Tests.Services;

public sealed class NavigationTests
{
    private const string Journey = "journey j {\n  when order_placed\n  set contact.first_name = \"x\"\n  if contact.first_name == \"y\" { send email welcome_1 }\n}\n";

    [Fact]
    public void Definition_leads_to_the_declaration_in_another_file()
    {
        var workspace = ServiceWorkspace.Create(Journey.Replace("send email welcome_1", "send email welc|ome_1", StringComparison.Ordinal));
        var definition = Assert.IsType<Location>(NavigationService.GetDefinition(workspace.Compilation, workspace.Tree, workspace.Position));
        Assert.Equal(ServiceWorkspace.SchemaPath, definition.Path);
        Assert.Equal("welcome_1", definition.Source.Text.Substring(definition.Span.Start, definition.Span.Length));
    }

    [Fact]
    public void Built_ins_and_keywords_have_no_definition()
    {
        var builtIn = ServiceWorkspace.Create("journey j {\n  when email.op|ened\n  exit\n}");
        Assert.Null(NavigationService.GetDefinition(builtIn.Compilation, builtIn.Tree, builtIn.Position));
        var keyword = ServiceWorkspace.Create("jour|ney j {\n  when signed_up\n  exit\n}");
        Assert.Null(NavigationService.GetDefinition(keyword.Compilation, keyword.Tree, keyword.Position));
    }

    [Fact]
    public void References_of_a_field_reach_every_file_and_inline_liquid()
    {
        var workspace = ServiceWorkspace.Create(Journey.Replace("set contact.first_name", "set contact.first_na|me", StringComparison.Ordinal));
        var references = NavigationService.FindReferences(workspace.Compilation, workspace.Tree, workspace.Position, includeDeclaration: true);

        Assert.All(references, r => Assert.Equal("first_name", r.Source.Text.Substring(r.Span.Start, r.Span.Length)));
        Assert.Equal(2, references.Count(r => r.Path == ServiceWorkspace.MainPath));
        Assert.Equal(3, references.Count(r => r.Path == ServiceWorkspace.SchemaPath)); // declaration and two Liquid uses

        var withoutDeclaration = NavigationService.FindReferences(workspace.Compilation, workspace.Tree, workspace.Position, includeDeclaration: false);
        Assert.Equal(references.Count - 1, withoutDeclaration.Count);
    }

    [Fact]
    public void References_reach_template_files()
    {
        var files = new Dictionary<string, string> { [ServiceWorkspace.Root + "/templates/hello.liquid"] = "<p>Hi {{ contact.first_name | upcase }}</p>" };
        var main = "template email hello {\n  subject \"Hi\"\n  body file \"templates/hello.liquid\"\n}\nsegment s = contact.first_na|me == \"a\"\n";
        var workspace = ServiceWorkspace.Create(main, files);
        var references = NavigationService.FindReferences(workspace.Compilation, workspace.Tree, workspace.Position, includeDeclaration: false);
        var inFile = Assert.Single(references, r => r.Path.EndsWith("hello.liquid", StringComparison.Ordinal));
        Assert.Equal("first_name", inFile.Source.Text.Substring(inFile.Span.Start, inFile.Span.Length));
    }

    [Fact]
    public void Highlights_mark_declaration_and_set_as_writes()
    {
        var main = "contact {\n  email: email\n  na|me: text\n}\njourney j {\n  when contact enters vip\n  set contact.name = \"x\"\n  if contact.name == \"y\" { exit }\n}\n";
        var workspace = ServiceWorkspace.Create(main, withSchema: false);
        var highlights = NavigationService.GetHighlights(workspace.Compilation, workspace.Tree, workspace.Position);
        Assert.Equal(
            [DocumentHighlightKind.Write, DocumentHighlightKind.Write, DocumentHighlightKind.Read],
            highlights.OrderBy(h => h.Span.Start).Select(h => h.Kind));
        Assert.All(highlights, h => Assert.Equal("name", workspace.TextAt(h.Span)));
    }

    [Fact]
    public void Stage_names_compared_with_contact_stage_are_references()
    {
        var workspace = ServiceWorkspace.Create("journey j {\n  when signed_up\n  if contact.stage in [lead, customer] { stage le|ad }\n}\n");
        var references = NavigationService.FindReferences(workspace.Compilation, workspace.Tree, workspace.Position, includeDeclaration: false);
        Assert.Equal(2, references.Count);
    }

    [Fact]
    public void Event_fields_read_by_a_template_are_references_where_it_is_sent()
    {
        var workspace = ServiceWorkspace.Create("journey j {\n  when cart_abandoned where event.val|ue > 1\n  send email cart_reminder with { cart: event.cart_id }\n  notify sales \"Cart of {{ event.value }}\"\n}\n");
        var references = NavigationService.FindReferences(workspace.Compilation, workspace.Tree, workspace.Position, includeDeclaration: false);
        Assert.Equal(2, references.Count(r => r.Path == ServiceWorkspace.MainPath));
        var inTemplate = Assert.Single(references, r => r.Path == ServiceWorkspace.SchemaPath);
        Assert.Equal("value", inTemplate.Source.Text.Substring(inTemplate.Span.Start, inTemplate.Span.Length));
    }
}
