using System.Text;

namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>HTML text helpers: escaping for outputs and the escape filters, and tag stripping.</summary>
internal static class Html
{
    /// <summary>Escapes the five characters that can break out of HTML text or a quoted attribute.</summary>
    public static string Escape(string text) => Escape(text, keepEntities: false);

    /// <summary>Like <see cref="Escape(string)"/>, but an ampersand that starts an entity (<c>&amp;amp;</c>, <c>&amp;#39;</c>) stays.</summary>
    public static string EscapeOnce(string text) => Escape(text, keepEntities: true);

    /// <summary>
    /// Drops tags and comments, and script and style elements with their content, as Liquid's
    /// strip_html does. A <c>&lt;</c> that never closes is text and stays.
    /// </summary>
    public static string StripTags(string text)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('<', i);
            if (open < 0)
            {
                result.Append(text, i, text.Length - i);
                break;
            }

            result.Append(text, i, open - i);
            var end = ElementEnd(text, open, "<!--", "-->")
                ?? ElementEnd(text, open, "<script", "</script>")
                ?? ElementEnd(text, open, "<style", "</style>")
                ?? TagEnd(text, open);
            if (end is not { } next)
            {
                result.Append(text, open, text.Length - open);
                break;
            }

            i = next;
        }

        return result.ToString();
    }

    private static string Escape(string text, bool keepEntities)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var replacement = c switch
            {
                '&' when keepEntities && StartsEntity(text, i) => null,
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (replacement is null)
            {
                result.Append(c);
            }
            else
            {
                result.Append(replacement);
            }
        }

        return result.ToString();
    }

    /// <summary><c>&amp;name;</c>, <c>&amp;#123;</c> or <c>&amp;#x1F;</c> at <paramref name="at"/>.</summary>
    private static bool StartsEntity(string text, int at)
    {
        var i = at + 1;
        var hex = false;
        if (i < text.Length && text[i] == '#')
        {
            i++;
            hex = i < text.Length && text[i] is 'x' or 'X';
            i += hex ? 1 : 0;
            var digitsStart = i;
            while (i < text.Length && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
            {
                i++;
            }

            return i > digitsStart && i < text.Length && text[i] == ';';
        }

        var nameStart = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return i > nameStart && i < text.Length && text[i] == ';';
    }

    /// <summary>Where an element that starts with <paramref name="opener"/> at <paramref name="at"/> ends, past its closer.</summary>
    private static int? ElementEnd(string text, int at, string opener, string closer)
    {
        if (string.Compare(text, at, opener, 0, opener.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return null;
        }

        var close = text.IndexOf(closer, at + opener.Length, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? null : close + closer.Length;
    }

    private static int? TagEnd(string text, int at)
    {
        var close = text.IndexOf('>', at + 1);
        return close < 0 ? null : close + 1;
    }
}
