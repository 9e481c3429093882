using System.Buffers;
using System.Net;
using System.Text;

namespace MarketingAutomation.Delivery.Links;

/// <summary>
/// Prepares a rendered HTML body for sending: every http(s) link goes through a signed click
/// link, a marketing email gets an unsubscribe link, and an invisible pixel reports the open.
/// </summary>
public static class TrackedHtml
{
    /// <summary>
    /// Searched with <see cref="SearchValues"/>: with invariant globalisation, a string's own
    /// case-insensitive search goes char by char, and was a percent of an email's cost.
    /// </summary>
    private static readonly SearchValues<string> BodyEnd = SearchValues.Create(["</body"], StringComparison.OrdinalIgnoreCase);

    public static string Apply(string html, MessageLinks links, bool marketing)
    {
        var tracked = TrackLinks(html, links);

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

    /// <summary>Each link's address in place, when it is a web address that does not already lead here.</summary>
    private static string TrackLinks(string html, MessageLinks links)
    {
        StringBuilder? tracked = null;
        var copied = 0;
        for (var from = 0; LinkAddress.Next(html, from) is (int start, int end); from = end + 1)
        {
            // The attribute holds HTML text: `&amp;` in it is `&` in the address the reader meant.
            var target = WebUtility.HtmlDecode(html[start..end]).Trim();
            if (IsWeb(target) && !links.IsOwn(target))
            {
                tracked ??= new StringBuilder(html.Length + 512);
                tracked.Append(html, copied, start - copied).Append(WebUtility.HtmlEncode(links.Click(target)));
                copied = end;
            }
        }

        return tracked is null ? html : tracked.Append(html, copied, html.Length - copied).ToString();
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
}
