using System.Text;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Services;

/// <summary>Short one-line excerpts of a script, for hover texts, outlines and graph labels.</summary>
internal static class SourceSnippets
{
    /// <summary>The text of the span on one line: runs of whitespace become one space, long text is cut.</summary>
    public static string OneLine(SourceText source, TextSpan span, int maxLength = 80)
    {
        var start = Math.Clamp(span.Start, 0, source.Text.Length);
        var end = Math.Clamp(span.End, start, source.Text.Length);
        var text = new StringBuilder();
        var pendingSpace = false;
        for (var i = start; i < end; i++)
        {
            if (char.IsWhiteSpace(source.Text[i]))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                text.Append(' ');
                pendingSpace = false;
            }

            text.Append(source.Text[i]);
        }

        return text.Length <= maxLength ? text.ToString() : text.ToString(0, maxLength - 1).TrimEnd() + "…";
    }

    /// <summary>How a step or clause reads in an outline or graph: its text up to its block or the end of its line.</summary>
    public static string Head(SourceText source, TextSpan span)
    {
        var text = source.Text;
        var end = Math.Min(span.End, text.Length);
        for (var i = Math.Max(0, span.Start); i < end; i++)
        {
            if (text[i] is '{' or '\n' or '\r')
            {
                end = i;
                break;
            }
        }

        var head = OneLine(source, TextSpan.FromBounds(span.Start, end), 60);
        return head.Length == 0 ? "?" : head;
    }
}
