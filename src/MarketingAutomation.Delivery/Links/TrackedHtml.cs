using System.Buffers;
using System.Net;
using System.Text.RegularExpressions;

namespace MarketingAutomation.Delivery.Links;

/// <summary>
/// Prepares a rendered HTML body for sending: every http(s) link goes through a signed click
/// link, a marketing email gets an unsubscribe link, and an invisible pixel reports the open.
/// </summary>
public static partial class TrackedHtml
{
    /// <summary>
    /// Searched with <see cref="SearchValues"/>: with invariant globalisation, a string's own
    /// case-insensitive search goes char by char, and was a percent of an email's cost.
    /// </summary>
    private static readonly SearchValues<string> BodyEnd = SearchValues.Create(["</body"], StringComparison.OrdinalIgnoreCase);

    public static string Apply(string html, MessageLinks links, bool marketing)
    {
        var tracked = Href().Replace(html, match =>
        {
            // The attribute holds HTML text: `&amp;` in it is `&` in the address the reader meant.
            var target = WebUtility.HtmlDecode(match.Groups["url"].Value).Trim();
            if (!IsWeb(target) || links.IsOwn(target))
            {
                return match.Value;
            }

            var quote = match.Groups["q"].Value;
            return $"{match.Groups["head"].Value}{quote}{WebUtility.HtmlEncode(links.Click(target))}{quote}";
        });

        var footer = string.Empty;
        var unsubscribe = links.Unsubscribe;
        // A template that shows `unsubscribe_url` itself already has a link; a second is noise.
        if (marketing && !tracked.Contains(WebUtility.HtmlEncode(unsubscribe), StringComparison.Ordinal) && !tracked.Contains(unsubscribe, StringComparison.Ordinal))
        {
            footer += $"<p style=\"font-size:12px;color:#888888\">Don't want these emails? <a href=\"{WebUtility.HtmlEncode(unsubscribe)}\">Unsubscribe</a>.</p>";
        }

        footer += $"<img src=\"{WebUtility.HtmlEncode(links.Open)}\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0;width:1px;height:1px\">";
        return InsertBeforeBodyEnd(tracked, footer);
    }

    private static bool IsWeb(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string InsertBeforeBodyEnd(string html, string addition)
    {
        var end = -1;
        for (var from = 0; html.AsSpan(from).IndexOfAny(BodyEnd) is var found and >= 0; from = end + 1)
        {
            end = from + found;
        }

        return end < 0 ? html + addition : html.Insert(end, addition);
    }

    [GeneratedRegex(@"(?<head><a\b[^>]*?\bhref\s*=\s*)(?<q>[""'])(?<url>[^""']*)\k<q>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Href();
}
