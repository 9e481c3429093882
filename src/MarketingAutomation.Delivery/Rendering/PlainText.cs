using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MarketingAutomation.Delivery.Rendering;

/// <summary>
/// A readable plain-text version of an HTML body, for mail clients that show no HTML and for
/// spam filters that compare both parts: paragraphs and headings become blank-line separated
/// blocks, list items get a dash, and a link keeps its address after its label.
/// </summary>
public static partial class PlainText
{
    public static string FromHtml(string html)
    {
        // In HTML a line break in the source is only a space; the tags say where lines end.
        var text = Invisible().Replace(html, string.Empty).Replace("\r", string.Empty).Replace('\n', ' ');
        text = Anchor().Replace(text, match =>
        {
            var href = WebUtility.HtmlDecode(match.Groups["href"].Value).Trim();
            var label = WebUtility.HtmlDecode(Tag().Replace(match.Groups["label"].Value, string.Empty)).Trim();
            var isWeb = href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
            // Re-encoded so the decoding of the whole text below leaves the link as it was.
            return WebUtility.HtmlEncode(isWeb && label != href ? $"{label} ({href})" : label);
        });
        text = LineBreak().Replace(text, "\n");
        text = ListItem().Replace(text, "\n- ");
        text = BlockEnd().Replace(text, "\n\n");
        text = WebUtility.HtmlDecode(Tag().Replace(text, string.Empty));
        return Tidy(text);
    }

    /// <summary>Trims each line, and keeps at most one blank line between blocks.</summary>
    private static string Tidy(string text)
    {
        var result = new StringBuilder(text.Length);
        var blankLines = 0;
        foreach (var raw in text.Split('\n'))
        {
            var line = Spaces().Replace(raw, " ").Trim();
            if (line.Length == 0)
            {
                blankLines++;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blankLines > 0 ? "\n\n" : "\n");
            }

            result.Append(line);
            blankLines = 0;
        }

        return result.ToString();
    }

    [GeneratedRegex(@"<!--.*?-->|<(head|style|script)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Invisible();

    [GeneratedRegex(@"<a\b[^>]*?\bhref\s*=\s*(?<q>[""'])(?<href>.*?)\k<q>[^>]*>(?<label>.*?)</a\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<li\b[^>]*>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"</(p|div|h[1-6]|ul|ol|table|tr|blockquote)\s*>|<(p|div|h[1-6]|table|tr|blockquote)\b[^>]*>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\f\v\u00A0]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Spaces();
}
