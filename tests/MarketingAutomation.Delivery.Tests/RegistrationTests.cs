using MarketingAutomation.Testing;
using MarketingAutomation.Delivery.Email;
using MarketingAutomation.Delivery.Links;
using MarketingAutomation.Delivery.Templates;
using MarketingAutomation.Delivery.Tests.Infrastructure;
using MarketingAutomation.Delivery.Webhooks;
using MarketingAutomation.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MarketingAutomation.Delivery.Tests;

/// <summary>The channels as a server registers them: from configuration, behind one router.</summary>
public sealed class RegistrationTests(SmtpSink sink) : IClassFixture<SmtpSink>
{
    [Fact]
    public void Configuration_sections_bind_and_the_router_replaces_the_previous_delivery()
    {
        using var provider = Provider(new Dictionary<string, string?>
        {
            ["Delivery:Smtp:Port"] = "2525",
            ["Delivery:Smtp:Security"] = "StartTls",
            ["Delivery:Webhooks:Sms:Url"] = "https://sms.example.com/send",
            ["Delivery:Webhooks:Connections:crm:Url"] = "https://crm.example.com/hook",
        });

        Assert.IsType<ChannelRouter>(provider.GetRequiredService<IMessageDelivery>());
        Assert.Single(provider.GetServices<IMessageDelivery>());
        var smtp = provider.GetRequiredService<IOptions<SmtpOptions>>().Value;
        Assert.Equal((2525, SmtpSecurity.StartTls), (smtp.Port, smtp.Security));
        var webhooks = provider.GetRequiredService<IOptions<WebhookOptions>>().Value;
        Assert.Equal("https://sms.example.com/send", webhooks.Sms?.Url);
        Assert.Equal("https://crm.example.com/hook", webhooks.Connections["crm"].Url);
        Assert.NotNull(provider.GetRequiredService<LinkSigner>());
    }

    [Fact]
    public void Without_a_link_secret_the_signer_says_what_to_configure()
    {
        using var provider = Provider(new Dictionary<string, string?> { ["Delivery:LinkSecret"] = null });

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<LinkSigner>());
        Assert.Contains("Delivery:LinkSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_router_sends_email_over_smtp_and_sms_to_its_webhook()
    {
        using var receiver = new WebhookReceiver();
        using var provider = Provider(new Dictionary<string, string?>
        {
            ["Delivery:Smtp:Host"] = "127.0.0.1",
            ["Delivery:Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Delivery:Smtp:FromAddress"] = "hello@shop.example.com",
            ["Delivery:Webhooks:Sms:Url"] = receiver.Url("/sms"),
        });
        var delivery = provider.GetRequiredService<IMessageDelivery>();

        var email = await delivery.DeliverAsync(Shop.Email("welcome_1", recipient: "routed@example.com", key: "r:1"), CancellationToken.None);
        var sms = await delivery.DeliverAsync(Shop.Email("welcome_sms", recipient: "+48600100200", key: "r:2") with { Channel = Channel.Sms }, CancellationToken.None);

        Assert.Equal((DeliveryOutcome.Delivered, DeliveryOutcome.Delivered), (email, sms));
        Assert.Equal("r=3A1@shop.example.com", sink.ReceivedFor("routed@example.com").MessageId);
        Assert.Equal("r:2", Assert.Single(receiver.Requests).Headers["Idempotency-Key"]);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Delivery:PublicBaseUrl"] = Shop.PublicBaseUrl,
                ["Delivery:LinkSecret"] = Shop.Secret,
            })
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IMessageDelivery, NothingDelivered>();
        services.AddMessageDelivery(configuration, () => Shop.Templates);
        return services.BuildServiceProvider();
    }

    /// <summary>What a server registers before it has real channels.</summary>
    private sealed class NothingDelivered : IMessageDelivery
    {
        public Task<DeliveryOutcome> DeliverAsync(OutboundMessage message, CancellationToken cancellationToken) =>
            Task.FromResult(new DeliveryOutcome(DeliveryStatus.TransientFailure, "no channels"));
    }
}
