namespace MarketingAutomation.Delivery.Webhooks;

/// <summary>
/// The <c>Delivery:Webhooks</c> configuration section: a receiver per channel (an SMS or push
/// provider's bridge), one for sales notices, and one per connection named by `post`.
/// </summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Delivery:Webhooks";

    public WebhookEndpoint? Sms { get; set; }

    public WebhookEndpoint? Push { get; set; }

    /// <summary>Messages of `template webhook ...` templates.</summary>
    public WebhookEndpoint? Webhook { get; set; }

    /// <summary>`notify sales` notices.</summary>
    public WebhookEndpoint? Sales { get; set; }

    /// <summary>`post` payloads, by connection name.</summary>
    public Dictionary<string, WebhookEndpoint> Connections { get; set; } = new(StringComparer.Ordinal);
}
