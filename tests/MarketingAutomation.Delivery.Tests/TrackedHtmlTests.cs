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

    [Fact]
    public void Links_are_found_as_the_pattern_for_an_a_tag_with_a_quoted_href_finds_them()
    {
        // Pieces that make a link, nearly make one, or break one; joined at random, 5,000 times.
        string[] pieces =
        [
            "<a", "<A", "<abbr", "<a\t", " href", "HREF", "data-href", "xhref", "_href", "é", "\u0301", "\u200D", "\u0903",
            "=", " = ", "\"", "'", ">", "<", " ", "\n", "http://a.example.com/p?x=1&amp;y=2", "https://b.example.com/",
            "mailto:c@example.com", Links.Unsubscribe, "#top", "text",
            "<a href=\"", " href='", "HREF = \"", "https://d.example.com/\"", "http://e.example.com/'", "\">", "'>",
        ];
        var random = new Random(20261124);
        for (var i = 0; i < 5_000; i++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]));

            Assert.Equal(AsThePatternTracks(html), TrackedHtml.Apply(html, Links, marketing: false));
        }
    }

    /// <summary>What the body looks like with its links found by the pattern itself.</summary>
    private static string AsThePatternTracks(string html)
    {
        var tracked = Regex.Replace(html, @"(?<head><a\b[^>]*?\bhref\s*=\s*)(?<q>[""'])(?<url>[^""']*)\k<q>", match =>
        {
            var target = WebUtility.HtmlDecode(match.Groups["url"].Value).Trim();
            var web = Uri.TryCreate(target, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
            return web && !Links.IsOwn(target)
                ? $"{match.Groups["head"].Value}{match.Groups["q"].Value}{WebUtility.HtmlEncode(Links.Click(target))}{match.Groups["q"].Value}"
                : match.Value;
        }, RegexOptions.IgnoreCase);
        // No `</body` among the pieces: the pixel goes at the end, as it does after an empty body.
        return tracked + TrackedHtml.Apply(string.Empty, Links, marketing: false);
    }

    private static List<string> Hrefs(string html) =>
        Regex.Matches(html, "href=[\"']([^\"']*)[\"']").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
}
