using MarketingAutomation.Testing;
using System.Text.Json;
using MarketingAutomation.Delivery.Tests.Infrastructure;
using MarketingAutomation.Delivery.Webhooks;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Delivery.Tests;

/// <summary>Webhook hand-overs to a real HTTP server on loopback, and how each answer is classified.</summary>
public sealed class WebhookDeliveryTests : IDisposable
{
    private readonly WebhookReceiver receiver = new();
    private readonly SingleHttpClientFactory http = new();

    public void Dispose()
    {
        receiver.Dispose();
        http.Dispose();
    }

    [Fact]
    public async Task An_sms_is_rendered_and_posted_as_json_with_its_idempotency_key_and_secrets()
    {
        var options = new WebhookOptions
        {
            Sms = new WebhookEndpoint { Url = receiver.Url("/sms"), BearerToken = "t0ken", SecretHeader = "X-Api-Key", SecretValue = "s3cret" },
        };
        var message = Sms("welcome_sms") with { Arguments = [new Argument("source", "signup_form")] };

        var outcome = await Channels.Webhooks(http, options).DeliverAsync(message, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        var request = Assert.Single(receiver.Requests);
        Assert.Equal("/sms", request.Path);
        Assert.Equal("c42:9", request.Headers["Idempotency-Key"]);
        Assert.Equal("Bearer t0ken", request.Headers["Authorization"]);
        Assert.Equal("s3cret", request.Headers["X-Api-Key"]);
        using var json = JsonDocument.Parse(request.Body);
        var root = json.RootElement;
        Assert.Equal("message", root.GetProperty("kind").GetString());
        Assert.Equal("sms", root.GetProperty("channel").GetString());
        Assert.Equal("welcome_sms", root.GetProperty("name").GetString());
        Assert.Equal("c42", root.GetProperty("contactId").GetString());
        Assert.Equal("+48600100200", root.GetProperty("recipient").GetString());
        Assert.Equal("welcome_series", root.GetProperty("journey").GetString());
        Assert.Equal("Kawa & Co: hi Ala! WELCOME10 = 10% off your first bag: shop.example.com/new STOP to opt out", root.GetProperty("text").GetString());
        Assert.Equal("signup_form", root.GetProperty("arguments").GetProperty("source").GetString());
        Assert.False(root.TryGetProperty("title", out _));
    }

    [Theory]
    [InlineData(200, DeliveryStatus.Delivered)]
    [InlineData(202, DeliveryStatus.Delivered)]
    [InlineData(204, DeliveryStatus.Delivered)]
    [InlineData(408, DeliveryStatus.TransientFailure)]
    [InlineData(429, DeliveryStatus.TransientFailure)]
    [InlineData(500, DeliveryStatus.TransientFailure)]
    [InlineData(503, DeliveryStatus.TransientFailure)]
    [InlineData(400, DeliveryStatus.PermanentFailure)]
    [InlineData(401, DeliveryStatus.PermanentFailure)]
    [InlineData(404, DeliveryStatus.PermanentFailure)]
    [InlineData(422, DeliveryStatus.PermanentFailure)]
    public async Task The_receivers_status_decides_the_outcome(int status, DeliveryStatus expected)
    {
        var options = new WebhookOptions { Push = new WebhookEndpoint { Url = receiver.Url($"/status/{status}") } };

        var outcome = await Channels.Webhooks(http, options).DeliverAsync(Sms("cart_push") with { Channel = Channel.Push }, CancellationToken.None);

        Assert.Equal(expected, outcome.Status);
        Assert.Single(receiver.Requests);
        if (expected != DeliveryStatus.Delivered)
        {
            Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome.Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_channel_without_a_webhook_is_a_permanent_failure_that_says_so()
    {
        var outcome = await Channels.Webhooks(http, new WebhookOptions()).DeliverAsync(Sms("welcome_sms"), CancellationToken.None);

        Assert.Equal(new DeliveryOutcome(DeliveryStatus.PermanentFailure, "no webhook configured for sms"), outcome);
        Assert.Empty(receiver.Requests);
    }

    [Fact]
    public async Task An_unreachable_receiver_is_a_transient_failure()
    {
        var options = new WebhookOptions { Sms = new WebhookEndpoint { Url = $"http://127.0.0.1:{FreePort.Next()}/sms" } };

        var outcome = await Channels.Webhooks(http, options).DeliverAsync(Sms("welcome_sms"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.TransientFailure, outcome.Status);
        Assert.Contains("cannot reach", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_receiver_that_does_not_answer_in_time_is_a_transient_failure()
    {
        var options = new WebhookOptions { Sms = new WebhookEndpoint { Url = receiver.Url("/slow"), TimeoutSeconds = 1 } };

        var outcome = await Channels.Webhooks(http, options).DeliverAsync(Sms("welcome_sms"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.TransientFailure, outcome.Status);
        Assert.Contains("did not answer within 1 s", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_goes_to_its_connection_with_its_payload()
    {
        var options = new WebhookOptions { Connections = { ["loyalty_api"] = new WebhookEndpoint { Url = receiver.Url("/loyalty") } } };
        var post = new OutboundMessage
        {
            Key = "c42:12",
            ContactId = "c42",
            Kind = OutboundKind.Post,
            Channel = Channel.Webhook,
            Name = "loyalty_api",
            Arguments = [new Argument("email", "ala@example.com"), new Argument("tier", "gold"), new Argument("points", 50m)],
        };

        var outcome = await Channels.Webhooks(http, options).DeliverAsync(post, CancellationToken.None);
        var unknown = await Channels.Webhooks(http, options).DeliverAsync(post with { Name = "shop_api" }, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        var request = Assert.Single(receiver.Requests);
        Assert.Equal("/loyalty", request.Path);
        using var json = JsonDocument.Parse(request.Body);
        Assert.Equal("post", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal(50m, json.RootElement.GetProperty("arguments").GetProperty("points").GetDecimal());
        Assert.False(json.RootElement.TryGetProperty("text", out _));
        Assert.Equal("no webhook configured for connection shop_api", unknown.Detail);
    }

    [Fact]
    public async Task A_sales_notice_goes_to_the_sales_webhook()
    {
        var options = new WebhookOptions { Sales = new WebhookEndpoint { Url = receiver.Url("/sales") } };
        var notice = new OutboundMessage
        {
            Key = "c42:13",
            ContactId = "c42",
            Kind = OutboundKind.NotifySales,
            Channel = Channel.Webhook,
            Name = "Hot lead: asked for a demo",
        };

        var outcome = await Channels.Webhooks(http, options).DeliverAsync(notice, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        using var json = JsonDocument.Parse(Assert.Single(receiver.Requests).Body);
        Assert.Equal("notify_sales", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("Hot lead: asked for a demo", json.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_template_that_does_not_render_is_not_posted()
    {
        var options = new WebhookOptions { Sms = new WebhookEndpoint { Url = receiver.Url("/sms") } };

        var outcome = await Channels.Webhooks(http, options).DeliverAsync(Sms("cart_nudge"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.PermanentFailure, outcome.Status);
        Assert.Contains("did not render cleanly", outcome.Detail, StringComparison.Ordinal);
        Assert.Empty(receiver.Requests);
    }

    private static OutboundMessage Sms(string template) => Shop.Email(template, recipient: "+48600100200", key: "c42:9") with { Channel = Channel.Sms };
}
