using MarketingAutomation.Delivery.Links;
using MarketingAutomation.Delivery.Templates;
using MarketingAutomation.Language.Workspace;
using MarketingAutomation.Runtime;
using MarketingAutomation.Testing;

namespace MarketingAutomation.Delivery.Tests.Infrastructure;

/// <summary>The example shop's deployed templates, a contact of it, and messages to send them.</summary>
internal static class Shop
{
    public const string PublicBaseUrl = "https://mail.shop.example.com";

    public const string Secret = "a-test-secret-that-is-long-enough-to-sign-links";

    public static MessageTemplates Templates { get; } =
        MessageTemplates.FromCompilation(Compilation.Create(JourneyWorkspace.FromDirectory(Path.Combine(SolutionFolder.Path, "examples", "shop"))));

    public static LinkSigner Signer { get; } = new(Secret);

    public static ITemplateSource Source { get; } = new DelegateTemplateSource(() => Templates);

    public static Dictionary<string, object?> Contact(string firstName = "Ala") => new(StringComparer.Ordinal)
    {
        ["email"] = "ala@example.com",
        ["phone"] = "+48600100200",
        ["first_name"] = firstName,
        ["last_name"] = "Nowak",
        ["country"] = "PL",
        ["language"] = "en",
        ["timezone"] = "Europe/Warsaw",
        ["tier"] = "gold",
        ["lifetime_value"] = 1250.00m,
        ["favourite_roast"] = "medium",
        ["referral_code"] = "ALA-7Q2",
    };

    public static OutboundMessage Email(string template, string recipient = "ala@example.com", string key = "c42:7", string firstName = "Ala", bool transactional = false, IReadOnlyList<Argument>? arguments = null) => new()
    {
        Key = key,
        ContactId = "c42",
        Kind = OutboundKind.Message,
        Channel = Channel.Email,
        Name = template,
        Journey = "welcome_series",
        Recipient = recipient,
        Contact = Contact(firstName),
        Arguments = arguments ?? [],
        Transactional = transactional,
    };

    public static MessageLinks Links(OutboundMessage message) => new(Signer, PublicBaseUrl, message);
}
