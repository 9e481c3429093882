namespace MarketingAutomation.Delivery;

/// <summary>The <c>Delivery</c> configuration section: what every channel shares.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>
    /// Where the server answers tracking and unsubscribe links, such as
    /// <c>https://mail.example.com</c>; links are <c>{PublicBaseUrl}/o|c|u|v/{token}</c>.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>
    /// The key that signs links (at least 32 characters). Keep it stable: changing it breaks every
    /// link already sent. <see cref="Links.LinkSigner.GenerateSecret"/> makes a good one.
    /// </summary>
    public string? LinkSecret { get; set; }
}
