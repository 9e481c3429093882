using System.Text.RegularExpressions;
using MarketingAutomation.Delivery.Links;
using MarketingAutomation.Delivery.Tests.Infrastructure;

namespace MarketingAutomation.Delivery.Tests;

public sealed class TrackedTextTests
{
    private static readonly OutboundMessage Message = Shop.Email("welcome_1");
    private static readonly MessageLinks Links = Shop.Links(Message);

    [Fact]
    public void Web_addresses_go_through_signed_click_links_and_the_sentence_keeps_its_punctuation()
    {
        var text = TrackedText.Apply(
            "Shop now: https://shop.example.com/sale?a=1&b=2. Or read (https://blog.example.com/post), or https://wiki.example.org/Coffee_(drink)!",
            Links);

        Assert.Equal(
            ["https://shop.example.com/sale?a=1&b=2", "https://blog.example.com/post", "https://wiki.example.org/Coffee_(drink)"],
            ClickTargets(text));
        Assert.Matches(@"^Shop now: \S+/c/[A-Za-z0-9_-]+\. Or read \(\S+/c/[A-Za-z0-9_-]+\), or \S+/c/[A-Za-z0-9_-]+!$", text);
    }

    [Fact]
    public void Our_own_links_and_other_schemes_stay_as_written()
    {
        var written = $"Leave: {Links.Unsubscribe}\nWrite to mailto:hi@example.com or ftp://files.example.com/a.txt";

        Assert.Equal(written, TrackedText.Apply(written, Links));
    }

    [Fact]
    public void The_text_part_of_a_composed_email_tracks_its_links_too()
    {
        var (wire, failure) = Channels.Smtp(port: 25).Prepare(Message, Channels.SmtpOptions(25));

        Assert.Null(failure);
        var mime = Wire.Parse(wire!);
        var targets = ClickTargets(mime.TextBody ?? string.Empty);
        Assert.Equal(["https://shop.example.com"], targets);
        Assert.DoesNotContain("https://shop.example.com", mime.TextBody, StringComparison.Ordinal);
    }

    private static List<string?> ClickTargets(string text) =>
        Regex.Matches(text, Regex.Escape(Shop.PublicBaseUrl) + "/c/([A-Za-z0-9_-]+)")
            .Select(m => Shop.Signer.TryRead(m.Groups[1].Value, LinkKind.Click, out var payload, out _) ? payload.Target : null)
            .ToList();
}
