
namespace MarketingAutomation.Runtime.Tests.Schema;

/// <summary>Templates as the generated catalog writes them: channels and the transactional flag read back by name.</summary>
public sealed class TemplateListTests
{
    [Fact]
    public void Templates_read_back_by_name()
    {
        TemplateInfo[] templates =
        [
            new("welcome_1", Channel.Email, Transactional: false),
            new("receipt", Channel.Email, Transactional: true),
            new("cart_nudge", Channel.Sms, Transactional: false),
            new("app_ping", Channel.Push, Transactional: false),
            new("crm_hook", Channel.Webhook, Transactional: true),
        ];

        var description = TemplateList.Describe(templates);
        Assert.Equal("welcome_1: email, receipt: email transactional, cart_nudge: sms, app_ping: push, crm_hook: webhook transactional", description);
        var parsed = TemplateList.Parse(description);
        Assert.Equal(templates, templates.Select(t => parsed[t.Name]));
        Assert.Empty(TemplateList.Parse(string.Empty));
    }

    [Theory]
    [InlineData("welcome_1 email")]
    [InlineData("welcome_1: fax")]
    public void Anything_else_is_a_format_error(string description) =>
        Assert.Throws<FormatException>(() => TemplateList.Parse(description));
}
