using MarketingAutomation.Language.Services;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Tests.Services;

public sealed class CodeActionTests
{
    private static IReadOnlyList<CodeAction> At(ServiceWorkspace workspace) =>
        CodeActionService.GetCodeActions(workspace.Compilation, workspace.Tree, new TextSpan(workspace.Position, 0));

    private static string Applied(ServiceWorkspace workspace, CodeAction action, string path)
    {
        var text = workspace.TreeOf(path).Source.Text;
        foreach (var edit in action.Edits[path].OrderByDescending(e => e.Span.Start))
        {
            text = text.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
        }

        return text;
    }

    [Fact]
    public void A_did_you_mean_fix_is_offered()
    {
        var workspace = ServiceWorkspace.Create("journey j {\n  when signed_up\n  send email welcom|e_2\n}\n");
        var action = Assert.Single(At(workspace), a => a.Title == "Change to `welcome_1`");
        Assert.Equal("MA2005", action.DiagnosticCode);
        Assert.Contains("send email welcome_1\n", Applied(workspace, action, ServiceWorkspace.MainPath), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_event_can_be_declared_beside_the_other_events()
    {
        var workspace = ServiceWorkspace.Create("journey j {\n  when webinar_|attended\n  exit\n}\n");
        var action = Assert.Single(At(workspace), a => a.Title == "Declare event `webinar_attended`");
        Assert.Equal("MA2004", action.DiagnosticCode);
        var schema = Applied(workspace, action, ServiceWorkspace.SchemaPath);
        Assert.Contains("event cart_abandoned { cart_id: text, value: money }\n\nevent webinar_attended { }\n", schema, StringComparison.Ordinal);

        var fixedWorkspace = ServiceWorkspace.Compile(new Dictionary<string, string>
        {
            [ServiceWorkspace.MainPath] = workspace.Tree.Source.Text,
            [ServiceWorkspace.SchemaPath] = schema,
        });
        Assert.DoesNotContain(fixedWorkspace.Diagnostics, d => d.Code == "MA2004");
    }

    [Fact]
    public void Without_other_events_the_event_is_declared_in_the_current_file()
    {
        var workspace = ServiceWorkspace.Create("contact { email: email }\njourney j {\n  when sign|ed\n  exit\n}", withSchema: false);
        var action = Assert.Single(At(workspace), a => a.Title == "Declare event `signed`");
        Assert.EndsWith("}\n\nevent signed { }\n", Applied(workspace, action, ServiceWorkspace.MainPath), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sms", "template sms promo \"\"")]
    [InlineData("push", "template push promo \"\"")]
    [InlineData("email", "template email promo {\n  subject \"\"\n  body    \"\"\n}")]
    public void An_unknown_template_is_declared_for_the_sends_channel(string channel, string declaration)
    {
        var workspace = ServiceWorkspace.Create($"journey j {{\n  when signed_up\n  send {channel} pro|mo\n}}\n// after\n");
        var action = Assert.Single(At(workspace), a => a.Title == "Declare template `promo`");
        var text = Applied(workspace, action, ServiceWorkspace.MainPath);
        Assert.Contains("}\n\n" + declaration + "\n// after", text, StringComparison.Ordinal);

        var fixedWorkspace = ServiceWorkspace.Compile(new Dictionary<string, string> { [ServiceWorkspace.MainPath] = text, [ServiceWorkspace.SchemaPath] = ServiceSamples.Schema });
        Assert.DoesNotContain(fixedWorkspace.Diagnostics, d => d.Code is "MA2005" or "MA3001" or "MA1001");
    }

    [Fact]
    public void Diagnostics_outside_the_range_give_no_actions()
    {
        var workspace = ServiceWorkspace.Create("|journey j {\n  when signed_up\n  send email welcome_2\n}\n");
        Assert.Empty(At(workspace));
    }
}
