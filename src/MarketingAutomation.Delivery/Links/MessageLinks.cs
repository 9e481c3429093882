namespace MarketingAutomation.Delivery.Links;

/// <summary>The signed links of one message: its pixel, its unsubscribe and browser links, and tracked clicks.</summary>
public sealed class MessageLinks
{
    private readonly LinkSigner signer;
    private readonly string baseUrl;
    private readonly OutboundMessage message;

    public MessageLinks(LinkSigner signer, string publicBaseUrl, OutboundMessage message)
    {
        this.signer = signer;
        baseUrl = publicBaseUrl.TrimEnd('/');
        this.message = message;
    }

    public string Open => Url(LinkKind.Open, null);

    public string Unsubscribe => Url(LinkKind.Unsubscribe, null);

    public string View => Url(LinkKind.View, null);

    public string Click(string target) => Url(LinkKind.Click, target);

    /// <summary>True for a URL that already leads to this server (an unsubscribe link written in a template), which is never wrapped again.</summary>
    public bool IsOwn(string url) =>
        url.StartsWith(baseUrl + "/", StringComparison.OrdinalIgnoreCase);

    private string Url(LinkKind kind, string? target) =>
        $"{baseUrl}/{LinkPrefixes.For(kind)}/{signer.Sign(new LinkPayload(kind, message.Key, message.ContactId, message.Name, target))}";
}
