using MarketingAutomation.Delivery.Email;
using MarketingAutomation.Delivery.Links;
using MarketingAutomation.Delivery.Templates;
using MarketingAutomation.Delivery.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MarketingAutomation.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Registers the real channels as the <see cref="IMessageDelivery"/> (replacing any registered
    /// before), configured from the <c>Delivery</c> section: <c>Delivery:Smtp</c>,
    /// <c>Delivery:Webhooks</c>, <c>Delivery:PublicBaseUrl</c> and <c>Delivery:LinkSecret</c>.
    /// Also registers the <see cref="LinkSigner"/> the server's link endpoints read tokens with.
    /// </summary>
    /// <param name="templates">The templates of the deployment in force, asked at every hand-over.</param>
    public static IServiceCollection AddMessageDelivery(this IServiceCollection services, IConfiguration configuration, ITemplateSource templates)
    {
        services.AddSingleton(templates);
        return services.AddMessageDelivery(configuration);
    }

    /// <summary>
    /// As <see cref="AddMessageDelivery(IServiceCollection, IConfiguration, ITemplateSource)"/>, for a
    /// host that registers its own <see cref="ITemplateSource"/> service (one built by the container).
    /// </summary>
    public static IServiceCollection AddMessageDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DeliveryOptions>(configuration.GetSection(DeliveryOptions.SectionName));
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.SectionName));
        services.Configure<WebhookOptions>(configuration.GetSection(WebhookOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(WebhookDelivery.HttpClientName);
        services.AddSingleton(provider =>
        {
            var secret = provider.GetRequiredService<IOptions<DeliveryOptions>>().Value.LinkSecret;
            return string.IsNullOrEmpty(secret)
                ? throw new InvalidOperationException("Delivery:LinkSecret is not set: configure one, or generate and store one with LinkSigner.GenerateSecret() before delivery starts.")
                : new LinkSigner(secret);
        });
        services.AddSingleton<SmtpDelivery>();
        services.AddSingleton<WebhookDelivery>();
        services.RemoveAll<IMessageDelivery>();
        services.AddSingleton<IMessageDelivery, ChannelRouter>();
        return services;
    }

    /// <inheritdoc cref="AddMessageDelivery(IServiceCollection, IConfiguration, ITemplateSource)"/>
    public static IServiceCollection AddMessageDelivery(this IServiceCollection services, IConfiguration configuration, Func<MessageTemplates?> templates) =>
        services.AddMessageDelivery(configuration, new DelegateTemplateSource(templates));
}
