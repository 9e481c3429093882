using System.Globalization;

namespace MarketingAutomation.Delivery.Links;

/// <summary>
/// Finds the quoted `href` addresses of an HTML body's `a` tags, as the pattern
/// <c>&lt;a\b[^&gt;]*?\bhref\s*=\s*(["'])([^"']*)\1</c> (any case) would, without a regular
/// expression: the search and its replacements were a few percent of the server's work per email.
/// </summary>
internal static class LinkAddress
{
    /// <summary>The next address at or after <paramref name="from"/>: from its first character to its closing quote.</summary>
    public static (int Start, int End)? Next(string html, int from)
    {
        for (var tag = IndexOfTagStart(html, from); tag >= 0;)
        {
            // `<a` ends at a word boundary: not `<abbr`. The tag's attributes run to its first `>`.
            var at = tag + 2;
            for (; at < html.Length && html[at] != '>'; at++)
            {
                if (AddressAfterHref(html, at) is { } address)
                {
                    return address;
                }
            }

            // Another `<a` before that `>` would search the same places after it, and find nothing
            // either; starting after them keeps a body full of unclosed tags a linear search.
            tag = IndexOfTagStart(html, at);
        }

        return null;
    }

    /// <summary>`<a` (any case) followed by a character that is not part of a word, at or after <paramref name="from"/>.</summary>
    private static int IndexOfTagStart(string html, int from)
    {
        while (from < html.Length && html.AsSpan(from).IndexOf('<') is var found and >= 0)
        {
            var tag = from + found;
            if (tag + 2 < html.Length && html[tag + 1] is 'a' or 'A' && !IsWordChar(html[tag + 2]))
            {
                return tag;
            }

            from = tag + 1;
        }

        return -1;
    }

    /// <summary>At <paramref name="at"/>, `href` starting a word, then `=` and a quoted address whose closing quote matches.</summary>
    private static (int Start, int End)? AddressAfterHref(string html, int at)
    {
        if (at + 4 > html.Length || IsWordChar(html[at - 1]) || !html.AsSpan(at, 4).Equals("href", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var next = SkipSpace(html, at + 4);
        if (next >= html.Length || html[next] != '=')
        {
            return null;
        }

        next = SkipSpace(html, next + 1);
        if (next >= html.Length || html[next] is not ('"' or '\''))
        {
            return null;
        }

        var quote = html[next];
        var end = html.AsSpan(next + 1).IndexOfAny('"', '\'');
        return end >= 0 && html[next + 1 + end] == quote ? (next + 1, next + 1 + end) : null;
    }

    private static int SkipSpace(string html, int at)
    {
        while (at < html.Length && char.IsWhiteSpace(html[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>What a word boundary counts as part of a word: letters, digits, connectors, non-spacing marks and the zero-width joiners.</summary>
    private static bool IsWordChar(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation
        || c is '\u200C' or '\u200D';
}
