using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Syntax;

/// <summary>
/// How a new version of a text differs from the old one, as a single replaced range: the old
/// text's [Start, OldEnd) became the new text's [Start, NewEnd). Found from the longest common
/// prefix and suffix, so any number of edits in one place count as one change.
/// </summary>
internal readonly record struct TextChange(int Start, int OldEnd, int NewEnd)
{
    /// <summary>How far text after the change moved.</summary>
    public int Delta => NewEnd - OldEnd;

    public static TextChange Between(string before, string after)
    {
        var shorter = Math.Min(before.Length, after.Length);
        var prefix = before.AsSpan(0, shorter).CommonPrefixLength(after.AsSpan(0, shorter));
        var suffix = 0;
        while (suffix < shorter - prefix && before[before.Length - 1 - suffix] == after[after.Length - 1 - suffix])
        {
            suffix++;
        }

        return new TextChange(prefix, before.Length - suffix, after.Length - suffix);
    }

    /// <summary>Where an old position is in the new text; null inside the replaced range, which has no counterpart.</summary>
    public int? Map(int position) =>
        position < Start ? position
        : position >= OldEnd ? position + Delta
        : null;

    /// <summary>
    /// Where an old span is in the new text; null when it touches the replaced range, or runs
    /// across it (which no span of text after the change does).
    /// </summary>
    public TextSpan? Map(TextSpan span)
    {
        var across = span.Start < Start && span.End >= OldEnd && span.Length > 0;
        return !across && Map(span.Start) is { } start && Map(span.End) is { } end ? TextSpan.FromBounds(start, end) : null;
    }
}
