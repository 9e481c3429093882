using MarketingAutomation.Delivery.Links;
using MarketingAutomation.Delivery.Rendering;
using MarketingAutomation.Delivery.Templates;
using MarketingAutomation.Delivery.Tests.Infrastructure;
using MarketingAutomation.Language.Liquid;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Delivery.Tests;

/// <summary>Messages rendered from deployed templates: what the contact's data looks like in each part.</summary>
public sealed class RenderingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 23, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Contact_data_is_escaped_in_the_html_body_but_not_in_the_subject_or_text()
    {
        var message = Shop.Email("welcome_1", firstName: "Zoë <b>&</b>");

        var rendered = Render(message);

        Assert.Empty(rendered.Problems);
        Assert.Contains("<h1>Welcome, Zoë &lt;b&gt;&amp;&lt;/b&gt;!</h1>", rendered.Body, StringComparison.Ordinal);
        Assert.Equal("Welcome to Kawa & Co., Zoë <b>&</b>!", rendered.Subject);
        Assert.Equal("Your 10% first-order code is inside.", rendered.Preheader);
        Assert.StartsWith("Hi Zoë <b>&</b>, welcome to Kawa & Co.!", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_raw_filter_shows_html_as_it_is_and_a_plain_output_escapes_it()
    {
        var template = Email("note", "<p>{{ note | raw }}</p><p>{{ note }}</p>");
        var message = Shop.Email("note", arguments: [new Argument("note", "<em>fresh</em>")]);

        var rendered = MessageRenderer.Render(template, message, Shop.Links(message), Now);

        Assert.Empty(rendered.Problems);
        Assert.Equal("<p><em>fresh</em></p><p>&lt;em&gt;fresh&lt;/em&gt;</p>", rendered.Body);
    }

    [Fact]
    public void An_sms_is_plain_text_and_reads_the_event_fields_passed_as_arguments()
    {
        Assert.True(Shop.Templates.TryGet("order_shipped_sms", out var template));
        var message = Shop.Email("order_shipped_sms") with
        {
            Channel = Channel.Sms,
            Arguments =
            [
                new Argument("event.order_id", "K-10293"),
                new Argument("event.carrier", "DHL"),
                new Argument("event.tracking_url", "https://track.example.com/K-10293?ref=mail&lang=en"),
            ],
        };

        var rendered = MessageRenderer.Render(template, message, Shop.Links(message), Now);

        Assert.Empty(rendered.Problems);
        Assert.Equal("Kawa & Co: order K-10293 shipped with DHL. Track: https://track.example.com/K-10293?ref=mail&lang=en", rendered.Body);
        Assert.Null(rendered.Text);
    }

    [Fact]
    public void A_value_the_send_did_not_pass_is_a_problem_naming_its_part()
    {
        var message = Shop.Email("cart_reminder");

        var rendered = Render(message);

        Assert.NotEmpty(rendered.Problems);
        Assert.Contains(rendered.Problems, problem => problem.StartsWith("body: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Built_in_variables_give_signed_links_of_the_message_and_dates_in_the_contacts_zone()
    {
        var template = Email("built_ins", "{{ unsubscribe_url }}|{{ view_in_browser_url }}|{{ today }}|{{ journey }}");
        var message = Shop.Email("built_ins");

        var parts = MessageRenderer.Render(template, message, Shop.Links(message), Now).Body.Split('|');

        Assert.True(Shop.Signer.TryRead(parts[0][(Shop.PublicBaseUrl.Length + "/u/".Length)..], LinkKind.Unsubscribe, out var unsubscribe, out var reason), reason);
        Assert.Equal((message.Key, message.ContactId, "built_ins"), (unsubscribe.MessageKey, unsubscribe.ContactId, unsubscribe.Template));
        Assert.StartsWith(Shop.PublicBaseUrl + "/v/", parts[1], StringComparison.Ordinal);
        // 23:30 UTC is already the next day in Warsaw.
        Assert.Equal("2026-03-15", parts[2]);
        Assert.Equal("welcome_series", parts[3]);
    }

    [Fact]
    public void Without_a_text_part_the_text_is_derived_from_the_html()
    {
        var message = Shop.Email("welcome_2_reminder");

        var rendered = Render(message);

        Assert.Empty(rendered.Problems);
        Assert.NotNull(rendered.Text);
        Assert.DoesNotContain("<", rendered.Text, StringComparison.Ordinal);
        Assert.Contains("WELCOME10", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_template_of_the_shop_is_deployed_with_its_channel_and_parts()
    {
        Assert.True(Shop.Templates.TryGet("welcome_1", out var welcome));
        Assert.Equal(Channel.Email, welcome.Channel);
        Assert.NotNull(welcome.Subject);
        Assert.NotNull(welcome.Body);
        Assert.NotNull(welcome.Text);
        Assert.False(welcome.Transactional);

        Assert.True(Shop.Templates.TryGet("order_confirmation_email", out var receipt));
        Assert.True(receipt.Transactional);
        Assert.True(Shop.Templates.TryGet("cart_push", out var push));
        Assert.Equal(Channel.Push, push.Channel);
        Assert.False(Shop.Templates.TryGet("no_such_template", out _));
    }

    private static RenderedMessage Render(OutboundMessage message)
    {
        Assert.True(Shop.Templates.TryGet(message.Name, out var template));
        return MessageRenderer.Render(template, message, Shop.Links(message), Now);
    }

    private static MessageTemplate Email(string name, string body) =>
        new(name, Channel.Email, Transactional: false, LiquidParser.Parse("Subject"), Preheader: null, LiquidParser.Parse(body), Text: null);
}
