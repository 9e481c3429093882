using System.Text.Json;

namespace MarketingAutomation.LanguageServer.Tests.Features;

public sealed class HoverAndSignatureTests
{
    [Fact]
    public async Task Hover_on_a_template_shows_its_declaration_and_covers_the_name()
    {
        await using var f = await FeatureSession.OpenExistingAsync("welcome.journey", "send email welcome_1", 14);
        var hover = await f.AtCursorAsync("textDocument/hover");
        var markdown = hover.GetProperty("contents").GetProperty("value").GetString();
        Assert.Equal("markdown", hover.GetProperty("contents").GetProperty("kind").GetString());
        Assert.Contains("welcome_1", markdown, StringComparison.Ordinal);
        Assert.Contains("email", markdown, StringComparison.Ordinal);
        Assert.Equal("welcome_1", FeatureSession.TextOf(f.Text, hover.GetProperty("range")));
    }

    [Fact]
    public async Task Hover_on_a_contact_field_shows_its_type()
    {
        await using var f = await FeatureSession.OpenExistingAsync("welcome.journey", "contact.marketing_consent", 10);
        var markdown = (await f.AtCursorAsync("textDocument/hover")).GetProperty("contents").GetProperty("value").GetString();
        Assert.Contains("marketing_consent", markdown, StringComparison.Ordinal);
        Assert.Contains("bool", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_on_a_built_in_function_explains_it()
    {
        await using var f = await FeatureSession.OpenExistingAsync("welcome.journey", "opened(welcome_1)", 2);
        var markdown = (await f.AtCursorAsync("textDocument/hover")).GetProperty("contents").GetProperty("value").GetString();
        Assert.Contains("opened(template)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_on_whitespace_is_null()
    {
        await using var f = await FeatureSession.OpenAsync("blank.journey", "connection crm_two\n\n$$\n");
        Assert.Equal(JsonValueKind.Null, (await f.AtCursorAsync("textDocument/hover")).ValueKind);
    }

    [Fact]
    public async Task Signature_help_inside_a_call_names_the_function_and_its_parameter()
    {
        await using var f = await FeatureSession.OpenAsync("typed.journey", "segment busy = count($$) > 2\n");
        var help = await f.AtCursorAsync("textDocument/signatureHelp");
        var signature = help.GetProperty("signatures")[0];
        Assert.StartsWith("count(", signature.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, help.GetProperty("activeParameter").GetInt32());
        Assert.True(signature.GetProperty("parameters").GetArrayLength() >= 1);
    }

    [Fact]
    public async Task Signature_help_outside_a_call_is_null()
    {
        await using var f = await FeatureSession.OpenAsync("typed.journey", "segment busy = count(order_placed) > 2$$\n");
        Assert.Equal(JsonValueKind.Null, (await f.AtCursorAsync("textDocument/signatureHelp")).ValueKind);
    }
}
