namespace MarketingAutomation.Language.Liquid.Rendering.Filters;

/// <summary>Filters that work on text. Any input reads as its text here: nil as "", 12 as "12".</summary>
internal static class TextFilters
{
    public static object? Append(FilterCall call) => call.InputText + call.TextArgument(0);

    public static object? Prepend(FilterCall call) => call.TextArgument(0) + call.InputText;

    /// <summary>As Ruby's capitalize: the first character upper case and the rest lower case.</summary>
    public static object? Capitalize(FilterCall call)
    {
        var text = call.InputText;
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..].ToLowerInvariant();
    }

    public static object? Downcase(FilterCall call) => call.InputText.ToLowerInvariant();

    public static object? Upcase(FilterCall call) => call.InputText.ToUpperInvariant();

    public static object? Strip(FilterCall call) => call.InputText.Trim();

    public static object? Lstrip(FilterCall call) => call.InputText.TrimStart();

    public static object? Rstrip(FilterCall call) => call.InputText.TrimEnd();

    public static object? StripNewlines(FilterCall call) => call.InputText.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);

    public static object? Replace(FilterCall call) => ReplaceText(call, call.TextArgument(0), call.TextArgument(1), firstOnly: false);

    public static object? ReplaceFirst(FilterCall call) => ReplaceText(call, call.TextArgument(0), call.TextArgument(1), firstOnly: true);

    public static object? Remove(FilterCall call) => ReplaceText(call, call.TextArgument(0), string.Empty, firstOnly: false);

    public static object? RemoveFirst(FilterCall call) => ReplaceText(call, call.TextArgument(0), string.Empty, firstOnly: true);

    /// <summary><c>truncate: 20, "…"</c>: at most 20 characters, the ellipsis (default "...") included.</summary>
    public static object? Truncate(FilterCall call)
    {
        if (!call.TryIntegerArgument(0, 50, out var length))
        {
            return call.Reject($"expects a number of characters, not {LiquidValues.Describe(call.Argument(0))}");
        }

        var ellipsis = call.TextArgument(1, "...");
        var text = call.InputText;
        if (text.Length <= length)
        {
            return text;
        }

        var keep = Math.Clamp(length - ellipsis.Length, 0, text.Length);
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return text[..keep] + ellipsis;
    }

    /// <summary><c>truncatewords: 5</c>: the first 5 words, joined by single spaces, then the ellipsis; short texts stay as they are.</summary>
    public static object? TruncateWords(FilterCall call)
    {
        if (!call.TryIntegerArgument(0, 15, out var count))
        {
            return call.Reject($"expects a number of words, not {LiquidValues.Describe(call.Argument(0))}");
        }

        var text = call.InputText;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        count = Math.Max(count, 1);
        return words.Length <= count ? text : string.Join(' ', words.Take(count)) + call.TextArgument(1, "...");
    }

    /// <summary>
    /// Splits as Ruby does, which Liquid users rely on: a single space splits on runs of
    /// whitespace, "" splits into characters, and empty pieces at the end are dropped.
    /// </summary>
    public static object? Split(FilterCall call)
    {
        var text = call.InputText;
        var separator = call.TextArgument(0);
        IEnumerable<string> parts = separator switch
        {
            _ when text.Length == 0 => [],
            " " => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
            "" => text.EnumerateRunes().Select(rune => rune.ToString()),
            _ => DropTrailingEmpty(text.Split(separator)),
        };
        return parts.Cast<object?>().ToList();
    }

    /// <summary>
    /// <c>default: "friend"</c>: the fallback when the value is nil, false or empty (an empty text
    /// or list). With <c>allow_false: true</c> a false value stays.
    /// </summary>
    public static object? Default(FilterCall call)
    {
        var allowFalse = call.Named.TryGetValue("allow_false", out var flag) && LiquidValues.IsTruthy(flag);
        var useFallback = call.Input switch
        {
            null => true,
            false => !allowFalse,
            var value => Comparisons.IsEmpty(value),
        };
        return useFallback ? call.Argument(0) ?? string.Empty : call.Original;
    }

    /// <summary>
    /// Replaces every (or the first) occurrence, building the result within the length limit: one
    /// short search with a long replacement could otherwise multiply a text a millionfold. An empty
    /// search matches between characters, as in Ruby (<c>"ab"</c> becomes <c>"-a-b-"</c>).
    /// </summary>
    private static string ReplaceText(FilterCall call, string search, string replacement, bool firstOnly)
    {
        var text = call.InputText;
        var result = new BoundedText(call.MaxLength);
        if (search.Length == 0)
        {
            result.Append(replacement);
            if (firstOnly)
            {
                result.Append(text);
                return call.Finish(result);
            }

            foreach (var rune in text.EnumerateRunes())
            {
                if (!result.Append(rune.ToString()) || !result.Append(replacement))
                {
                    break;
                }
            }

            return call.Finish(result);
        }

        var position = 0;
        for (var found = text.IndexOf(search, StringComparison.Ordinal);
             found >= 0;
             found = text.IndexOf(search, position, StringComparison.Ordinal))
        {
            if (!result.Append(text, position, found - position) || !result.Append(replacement))
            {
                return call.Finish(result);
            }

            position = found + search.Length;
            if (firstOnly)
            {
                break;
            }
        }

        result.Append(text, position, text.Length - position);
        return call.Finish(result);
    }

    private static IEnumerable<string> DropTrailingEmpty(string[] parts)
    {
        var count = parts.Length;
        while (count > 0 && parts[count - 1].Length == 0)
        {
            count--;
        }

        return parts.Take(count);
    }
}
