namespace MarketingAutomation.Language.Liquid;

/// <summary>
/// Splits a template into text, outputs and tags. Raw and comment blocks are cut out here, whole,
/// because their content must not be read as Liquid at all.
/// </summary>
internal sealed class TemplateScanner
{
    private readonly string text;
    private readonly List<LiquidError> errors;
    private readonly List<TemplateSegment> segments = [];

    // Where each closing delimiter next occurs, so a run of unclosed `{{` does not rescan the rest
    // of the text every time (the scan only moves forward, so a cached hit stays valid).
    private readonly Dictionary<string, int> nextCloser = new(StringComparer.Ordinal);

    private TemplateScanner(string text, List<LiquidError> errors)
    {
        this.text = text;
        this.errors = errors;
    }

    public static IReadOnlyList<TemplateSegment> Scan(string text, List<LiquidError> errors)
    {
        var scanner = new TemplateScanner(text, errors);
        scanner.Run();
        return WhitespaceControl.Apply(scanner.segments);
    }

    private void Run()
    {
        var position = 0;
        while (position < text.Length)
        {
            var open = FindOpener(position);
            if (open < 0)
            {
                AddText(position, text.Length);
                return;
            }

            AddText(position, open);
            position = text[open + 1] == '{' ? ScanOutput(open) : ScanTag(open);
        }
    }

    private int FindOpener(int from)
    {
        for (var i = text.IndexOf('{', from); i >= 0 && i + 1 < text.Length; i = text.IndexOf('{', i + 1))
        {
            if (text[i + 1] is '{' or '%')
            {
                return i;
            }
        }

        return -1;
    }

    private int ScanOutput(int open)
    {
        var close = FindClose(open + 2, "}}", out var nextOpener);
        if (close < 0)
        {
            errors.Add(new LiquidError(open, 2, "`{{` is not closed with `}}`"));
            return nextOpener;
        }

        var (start, end, trimBefore, trimAfter) = Markup(open + 2, close);
        segments.Add(new OutputSegment(start, end, open, close + 2 - open, trimBefore, trimAfter));
        return close + 2;
    }

    private int ScanTag(int open)
    {
        var close = FindClose(open + 2, "%}", out var nextOpener);
        if (close < 0)
        {
            errors.Add(new LiquidError(open, 2, "`{%` is not closed with `%}`"));
            return nextOpener;
        }

        var (start, end, trimBefore, trimAfter) = Markup(open + 2, close);
        var nameStart = start;
        while (nameStart < end && char.IsWhiteSpace(text[nameStart]))
        {
            nameStart++;
        }

        var nameEnd = nameStart;
        if (nameEnd < end && text[nameEnd] == '#')
        {
            nameEnd++;
        }
        else
        {
            while (nameEnd < end && (char.IsLetterOrDigit(text[nameEnd]) || text[nameEnd] == '_'))
            {
                nameEnd++;
            }
        }

        var tag = new TagSegment(text[nameStart..nameEnd], nameEnd, end, open, close + 2 - open, trimBefore, trimAfter);
        return tag.Name switch
        {
            "raw" => ScanVerbatim(tag, "endraw", nests: false),
            "comment" => ScanVerbatim(tag, "endcomment", nests: true),
            _ => Add(tag),
        };
    }

    private int Add(TagSegment tag)
    {
        segments.Add(tag);
        return tag.End;
    }

    /// <summary>Strips the whitespace-control dashes from the inside of a delimiter pair.</summary>
    private (int Start, int End, bool TrimBefore, bool TrimAfter) Markup(int start, int end)
    {
        var trimBefore = start < end && text[start] == '-';
        if (trimBefore)
        {
            start++;
        }

        var trimAfter = end > start && text[end - 1] == '-';
        if (trimAfter)
        {
            end--;
        }

        return (start, end, trimBefore, trimAfter);
    }

    /// <summary>
    /// Finds the closing delimiter. Meeting another <c>{{</c> or <c>{%</c> first means this one was
    /// never closed: stopping there (instead of swallowing the next tag, as Liquid does) keeps one
    /// typo from turning into a confusing error further on. An opener inside a quoted string that
    /// ends before the delimiter does not count, so <c>{% assign open = "{{" %}</c> stays valid.
    /// </summary>
    private int FindClose(int from, string closer, out int nextOpener)
    {
        if (!nextCloser.TryGetValue(closer, out var close) || (close >= 0 && close < from))
        {
            close = text.IndexOf(closer, from, StringComparison.Ordinal);
            nextCloser[closer] = close;
        }

        var limit = close < 0 ? text.Length : close;
        var noMoreSingle = false;
        var noMoreDouble = false;
        for (var i = from; i < limit; i++)
        {
            var c = text[i];
            if ((c == '"' && !noMoreDouble) || (c == '\'' && !noMoreSingle))
            {
                var match = text.IndexOf(c, i + 1, limit - i - 1);
                if (match >= 0)
                {
                    i = match;
                }
                else if (c == '"')
                {
                    noMoreDouble = true;
                }
                else
                {
                    noMoreSingle = true;
                }
            }
            else if (c == '{' && i + 1 < limit && text[i + 1] is '{' or '%')
            {
                nextOpener = i;
                return -1;
            }
        }

        nextOpener = text.Length;
        return close;
    }

    /// <summary>Takes a raw or comment block up to its end tag; comments may nest, raw may not.</summary>
    private int ScanVerbatim(TagSegment open, string endName, bool nests)
    {
        var depth = 1;
        for (var candidate = text.IndexOf("{%", open.End, StringComparison.Ordinal);
             candidate >= 0;
             candidate = text.IndexOf("{%", candidate + 2, StringComparison.Ordinal))
        {
            if (TryMatchTag(candidate, endName, out var end, out var endTrimBefore, out var endTrimAfter))
            {
                depth--;
                if (depth == 0)
                {
                    var content = text[open.End..candidate];
                    if (!nests)
                    {
                        // A dash on the inner side of raw's own tags trims the raw text itself.
                        content = open.TrimAfter ? content.TrimStart() : content;
                        content = endTrimBefore ? content.TrimEnd() : content;
                    }

                    segments.Add(new VerbatimSegment(nests, content, open.Offset, end - open.Offset, open.TrimBefore, endTrimAfter));
                    return end;
                }
            }
            else if (nests && TryMatchTag(candidate, open.Name, out _, out _, out _))
            {
                depth++;
            }
        }

        errors.Add(new LiquidError(open.Offset, open.Length, $"`{{% {open.Name} %}}` is not closed: add `{{% {endName} %}}`"));
        segments.Add(new VerbatimSegment(nests, text[open.End..], open.Offset, text.Length - open.Offset, open.TrimBefore, false));
        return text.Length;
    }

    /// <summary>Matches <c>{%- name -%}</c> (dashes and spaces optional) with no arguments at <paramref name="at"/>.</summary>
    private bool TryMatchTag(int at, string name, out int end, out bool trimBefore, out bool trimAfter)
    {
        var i = at + 2;
        trimBefore = i < text.Length && text[i] == '-';
        i += trimBefore ? 1 : 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        trimAfter = false;
        end = 0;
        if (!text.AsSpan(i).StartsWith(name, StringComparison.Ordinal))
        {
            return false;
        }

        i += name.Length;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        trimAfter = i < text.Length && text[i] == '-';
        i += trimAfter ? 1 : 0;
        if (!text.AsSpan(i).StartsWith("%}", StringComparison.Ordinal))
        {
            return false;
        }

        end = i + 2;
        return true;
    }

    private void AddText(int start, int end)
    {
        if (end > start)
        {
            segments.Add(new TextSegment(text[start..end], start, end - start));
        }
    }
}
