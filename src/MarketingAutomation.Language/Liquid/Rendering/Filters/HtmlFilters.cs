using System.Globalization;
using System.Text;

namespace MarketingAutomation.Language.Liquid.Rendering.Filters;

/// <summary>
/// Filters about HTML and URLs. The ones that produce HTML return a fragment, so an output with
/// escaping on shows it as it is instead of escaping it a second time.
/// </summary>
internal static class HtmlFilters
{
    public static object? Escape(FilterCall call) => call.Input is null ? null : new HtmlFragment(Html.Escape(call.InputText));

    public static object? EscapeOnce(FilterCall call) => call.Input is null ? null : new HtmlFragment(Html.EscapeOnce(call.InputText));

    /// <summary><c>raw</c>: marks the value as HTML to show unescaped. It is only meaningful as the last filter.</summary>
    public static object? Raw(FilterCall call) => call.Input is null ? null : new HtmlFragment(call.InputText);

    /// <summary>
    /// Puts <c>&lt;br /&gt;</c> before each line break. With escaping on, the text around the
    /// breaks is escaped first (unless it already is HTML), so the breaks are the only markup added.
    /// </summary>
    public static object? NewlineToBr(FilterCall call)
    {
        var escape = call.Options.HtmlEscape;
        var text = escape && call.Original is not HtmlFragment ? Html.Escape(call.InputText) : call.InputText;
        var result = new BoundedText(call.MaxLength);
        var start = 0;
        for (var newline = text.IndexOf('\n'); newline >= 0; newline = text.IndexOf('\n', start))
        {
            var lineEnd = newline > start && text[newline - 1] == '\r' ? newline - 1 : newline;
            result.Append(text, start, lineEnd - start);
            result.Append("<br />\n");
            start = newline + 1;
        }

        result.Append(text, start, text.Length - start);
        var html = call.Finish(result);
        return escape ? new HtmlFragment(html) : html;
    }

    /// <summary>Removes tags, comments, and the content of script and style elements: plain text remains.</summary>
    public static object? StripHtml(FilterCall call) => Html.StripTags(call.InputText);

    /// <summary>
    /// As Ruby's CGI.escape, which Liquid uses: letters, digits and <c>_ . - ~</c> stay, a space
    /// becomes <c>+</c>, everything else is percent-encoded as UTF-8.
    /// </summary>
    public static object? UrlEncode(FilterCall call)
    {
        if (call.Input is null)
        {
            return null;
        }

        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(call.InputText))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '~')
            {
                encoded.Append(c);
            }
            else if (c == ' ')
            {
                encoded.Append('+');
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    /// <summary>Undoes <c>url_encode</c>; a <c>%</c> not followed by two hex digits is kept as written.</summary>
    public static object? UrlDecode(FilterCall call) =>
        call.Input is null ? null : Uri.UnescapeDataString(call.InputText.Replace('+', ' '));
}
