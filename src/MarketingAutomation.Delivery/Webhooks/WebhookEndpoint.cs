namespace MarketingAutomation.Delivery.Webhooks;

/// <summary>One webhook receiver: where to POST and how to prove it is us.</summary>
public sealed class WebhookEndpoint
{
    public string? Url { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer ...</c> when set.</summary>
    public string? BearerToken { get; set; }

    /// <summary>A header of the receiver's choosing that carries a shared secret, such as <c>X-Api-Key</c>.</summary>
    public string? SecretHeader { get; set; }

    public string? SecretValue { get; set; }

    public int TimeoutSeconds { get; set; } = 10;
}
