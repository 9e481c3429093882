namespace MarketingAutomation.LanguageServer.Tests.Features;

public sealed class CompletionTests
{
    private const string Journey = "journey typed {\n  when order_placed\n  {0}\n}\n";

    private static Task<FeatureSession> OpenWith(string step) => FeatureSession.OpenAsync("typed.journey", Journey.Replace("{0}", step, StringComparison.Ordinal));

    [Fact]
    public async Task After_contact_dot_offers_the_profile_fields()
    {
        await using var f = await OpenWith("if contact.$$");
        var labels = FeatureSession.Labels(await f.AtCursorAsync("textDocument/completion"));
        Assert.Contains("first_name", labels);
        Assert.Contains("lifetime_value", labels);
        Assert.DoesNotContain("send", labels);
    }

    [Fact]
    public async Task After_event_dot_offers_the_fields_of_the_trigger_event()
    {
        await using var f = await OpenWith("if event.$$");
        var labels = FeatureSession.Labels(await f.AtCursorAsync("textDocument/completion"));
        Assert.Contains("order_id", labels);
        Assert.Contains("total", labels);
    }

    [Fact]
    public async Task After_send_email_offers_email_templates_only()
    {
        await using var f = await OpenWith("send email wel$$");
        var labels = FeatureSession.Labels(await f.AtCursorAsync("textDocument/completion"));
        Assert.Contains("welcome_1", labels);
        Assert.DoesNotContain("welcome_sms", labels);
    }

    [Fact]
    public async Task At_the_start_of_a_step_offers_step_keywords()
    {
        await using var f = await OpenWith("$$");
        var labels = FeatureSession.Labels(await f.AtCursorAsync("textDocument/completion"));
        Assert.Contains("send", labels);
        Assert.Contains("wait", labels);
    }

    [Fact]
    public async Task Items_carry_a_kind_and_detail()
    {
        await using var f = await OpenWith("if contact.$$");
        var items = (await f.AtCursorAsync("textDocument/completion")).GetProperty("items").EnumerateArray();
        var email = items.First(i => i.GetProperty("label").GetString() == "email");
        Assert.Equal(5, email.GetProperty("kind").GetInt32());
        Assert.Equal("email", email.GetProperty("detail").GetString());
    }
}
