using MarketingAutomation.Delivery.Email;
using MarketingAutomation.Delivery.Templates;
using MarketingAutomation.Delivery.Webhooks;
using Microsoft.Extensions.Options;

namespace MarketingAutomation.Delivery.Tests.Infrastructure;

/// <summary>The channels configured as a server would configure them, pointed at loopback receivers.</summary>
internal static class Channels
{
    public static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    public static SmtpOptions SmtpOptions(int port) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        FromAddress = "hello@shop.example.com",
        FromName = "Kawa & Co.",
        TimeoutSeconds = 5,
    };

    public static DeliveryOptions DeliveryOptions => new() { PublicBaseUrl = Shop.PublicBaseUrl, LinkSecret = Shop.Secret };

    public static SmtpDelivery Smtp(int port, ITemplateSource? templates = null) =>
        new(Options.Create(SmtpOptions(port)), Options.Create(DeliveryOptions), Shop.Signer, templates ?? Shop.Source, new FixedTime(Now));

    public static WebhookDelivery Webhooks(IHttpClientFactory http, WebhookOptions options, ITemplateSource? templates = null) =>
        new(http, Options.Create(options), Options.Create(DeliveryOptions), Shop.Signer, templates ?? Shop.Source, new FixedTime(Now));
}
