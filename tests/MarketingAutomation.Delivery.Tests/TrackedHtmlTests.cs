using System.Net;
using System.Text.RegularExpressions;
using MarketingAutomation.Delivery.Links;
using MarketingAutomation.Delivery.Tests.Infrastructure;

namespace MarketingAutomation.Delivery.Tests;

public sealed class TrackedHtmlTests
{
    private static readonly OutboundMessage Message = Shop.Email("welcome_1");
    private static readonly MessageLinks Links = Shop.Links(Message);

    [Fact]
    public void Web_links_go_through_signed_click_links_to_their_own_target()
    {
        var html = TrackedHtml.Apply("<p><a class=\"b\" href=\"https://shop.example.com/?a=1&amp;b=2\">Shop</a> <a href='http://blog.example.com/'>Blog</a></p>", Links, marketing: true);

        var targets = Hrefs(html).Where(h => h.StartsWith(Shop.PublicBaseUrl + "/c/", StringComparison.Ordinal))
            .Select(h => Shop.Signer.TryRead(h[(Shop.PublicBaseUrl.Length + 3)..], LinkKind.Click, out var p, out _) ? p.Target : null)
            .ToList();

        Assert.Equal(["https://shop.example.com/?a=1&b=2", "http://blog.example.com/"], targets);
        Assert.DoesNotContain("href=\"https://shop.example.com", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_links_and_our_own_links_stay_as_written()
    {
        var own = Links.Unsubscribe;
        var html = TrackedHtml.Apply($"<a href=\"mailto:hi@example.com\">Mail</a><a href=\"#top\">Top</a><a href=\"{own}\">Leave</a>", Links, marketing: true);

        Assert.Contains("href=\"mailto:hi@example.com\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#top\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{own}\"", html, StringComparison.Ordinal);
        Assert.Single(Hrefs(html), h => h == own);
    }

    [Fact]
    public void Marketing_mail_gets_an_unsubscribe_link_and_every_mail_an_open_pixel_before_the_body_ends()
    {
        var marketing = TrackedHtml.Apply("<html><body><p>Hi</p></body></html>", Links, marketing: true);
        var transactional = TrackedHtml.Apply("<p>Receipt</p>", Links, marketing: false);

        Assert.Contains($"<a href=\"{Links.Unsubscribe}\">Unsubscribe</a>", marketing, StringComparison.Ordinal);
        Assert.Matches($"<img src=\"{Regex.Escape(Links.Open)}\"[^>]*></body></html>$", marketing);
        Assert.DoesNotContain("/u/", transactional, StringComparison.Ordinal);
        Assert.Contains(Links.Open, transactional, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pixel_goes_before_the_last_body_end_tag_whatever_its_case()
    {
        var html = TrackedHtml.Apply("<HTML><BODY><p>Hi</p><!-- </Body> --></BODY></HTML>", Links, marketing: false);

        Assert.Matches($"<!-- </Body> --><img src=\"{Regex.Escape(Links.Open)}\"[^>]*></BODY></HTML>$", html);
    }

    private static List<string> Hrefs(string html) =>
        Regex.Matches(html, "href=[\"']([^\"']*)[\"']").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
}
