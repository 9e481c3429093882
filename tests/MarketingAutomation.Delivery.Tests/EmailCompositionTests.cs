using MarketingAutomation.Delivery.Email;
using MarketingAutomation.Delivery.Templates;
using MarketingAutomation.Delivery.Tests.Infrastructure;
using MimeKit;

namespace MarketingAutomation.Delivery.Tests;

/// <summary>The MIME message the email channel would hand over, and the reasons it refuses to.</summary>
public sealed class EmailCompositionTests
{
    private static readonly SmtpDelivery Smtp = Channels.Smtp(port: 25);

    [Fact]
    public void A_marketing_email_has_one_click_unsubscribe_headers_and_its_journey()
    {
        var mime = Prepare(Shop.Email("welcome_1"));

        var unsubscribe = mime.Headers[HeaderId.ListUnsubscribe] ?? string.Empty;
        Assert.Matches($"^<{System.Text.RegularExpressions.Regex.Escape(Shop.PublicBaseUrl)}/u/[A-Za-z0-9_-]+>$", unsubscribe);
        Assert.Equal("List-Unsubscribe=One-Click", mime.Headers["List-Unsubscribe-Post"]);
        Assert.Equal("welcome_series", mime.Headers[EmailComposer.JourneyHeader]);
        Assert.Equal("welcome_1", mime.Headers[EmailComposer.TemplateHeader]);
        Assert.Equal("\"Kawa & Co.\" <hello@shop.example.com>", mime.From.ToString());
        Assert.Contains(unsubscribe.Trim('<', '>'), mime.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Unsubscribe: " + unsubscribe.Trim('<', '>'), mime.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transactional_email_has_no_unsubscribe_headers_or_link()
    {
        var mime = Prepare(Shop.Email("order_confirmation_email", transactional: true, arguments: OrderArguments()));

        Assert.Null(mime.Headers[HeaderId.ListUnsubscribe]);
        Assert.Null(mime.Headers["List-Unsubscribe-Post"]);
        Assert.DoesNotContain("/u/", mime.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("/o/", mime.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_id_comes_from_the_key_and_is_the_same_on_every_attempt()
    {
        var first = Prepare(Shop.Email("welcome_1", key: "c42:7"));
        var retry = Prepare(Shop.Email("welcome_1", key: "c42:7"));
        var other = Prepare(Shop.Email("welcome_1", key: "c42:8"));

        Assert.Equal("c42=3A7@shop.example.com", first.MessageId);
        Assert.Equal(first.MessageId, retry.MessageId);
        Assert.NotEqual(first.MessageId, other.MessageId);
        Assert.Contains("<c42=3A7@shop.example.com>", first.Headers[HeaderId.MessageId], StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_that_differ_only_in_punctuation_keep_different_message_ids()
    {
        Assert.NotEqual(MessageIds.LocalPart("a:b"), MessageIds.LocalPart("a.b"));
        Assert.NotEqual(MessageIds.LocalPart("a:b"), MessageIds.LocalPart("a=3Ab"));
        Assert.Matches("^[A-Za-z0-9_=-]+$", MessageIds.LocalPart("ž ü/<>@\"c:1"));
    }

    [Fact]
    public void The_body_is_text_and_html_alternatives_with_the_preheader_hidden_first()
    {
        var mime = Prepare(Shop.Email("welcome_1"));

        var alternative = Assert.IsType<MultipartAlternative>(mime.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(part => part.ContentType.MimeType).ToArray());
        Assert.Matches("<body><div style=\"display:none[^\"]*\">Your 10% first-order code is inside.</div>", mime.HtmlBody);
    }

    [Fact]
    public void A_whole_html_document_keeps_its_own_head_and_gets_the_preheader_after_its_body_tag()
    {
        var message = Shop.Email("welcome_1");
        var links = Shop.Links(message);
        var rendered = new Rendering.RenderedMessage("Hi", "Fresh beans", "<HTML><Head><title>t</title></Head><BODY class=\"x\"><p>Hi</p></BODY></HTML>", null, []);

        var mime = Wire.Parse(EmailComposer.Compose(message, rendered, links, Channels.SmtpOptions(25), MailboxAddress.Parse("ala@example.com"), DateTimeOffset.UnixEpoch));

        Assert.StartsWith("<HTML><Head><title>t</title></Head><BODY class=\"x\"><div style=\"display:none", mime.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<!DOCTYPE", mime.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no_such_template", "ala@example.com", "has no email template no_such_template")]
    [InlineData("welcome_sms", "ala@example.com", "has no email template welcome_sms")]
    [InlineData("welcome_1", "not an address", "is not an email address")]
    [InlineData("cart_reminder", "ala@example.com", "did not render cleanly: ")]
    public void A_message_that_can_never_be_sent_is_a_permanent_failure(string template, string recipient, string detail)
    {
        var (mime, failure) = Smtp.Prepare(Shop.Email(template, recipient), Channels.SmtpOptions(25));

        Assert.Null(mime);
        Assert.Equal(DeliveryStatus.PermanentFailure, failure?.Status);
        Assert.Contains(detail, failure?.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_deployed_workspace_the_message_waits()
    {
        var smtp = Channels.Smtp(port: 25, new DelegateTemplateSource(() => null));

        var outcome = await smtp.DeliverAsync(Shop.Email("welcome_1"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.TransientFailure, outcome.Status);
        Assert.Equal("no workspace is deployed", outcome.Detail);
    }

    internal static IReadOnlyList<Runtime.Argument> OrderArguments() =>
    [
        new("order_id", "K-10293"),
        new("total", 89.90m),
        new("event.sku", "GRD-C40"),
        new("event.items", 2m),
    ];

    private static MimeMessage Prepare(OutboundMessage message)
    {
        var (mime, failure) = Smtp.Prepare(message, Channels.SmtpOptions(25));
        Assert.True(mime is not null, failure?.Detail);
        return Wire.Parse(mime);
    }
}
