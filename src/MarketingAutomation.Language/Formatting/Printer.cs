using System.Text;
using MarketingAutomation.Language.Syntax.Generated;

namespace MarketingAutomation.Language.Formatting;

/// <summary>
/// Writes the laid-out lines: indentation, the computed gaps, at most one blank line in a row
/// (none just inside a bracket), `\n` line ends and exactly one at the end of the file.
/// </summary>
internal static class Printer
{
    public static string Print(IReadOnlyList<FormatLine> lines, int indentSize)
    {
        var text = new StringBuilder();
        FormatLine? previous = null;
        foreach (var line in lines)
        {
            if (previous is not null)
            {
                text.Append('\n');
                if (line.BlankLinesBefore > 0 && !EndsWithOpener(previous) && !StartsWithCloser(line))
                {
                    text.Append('\n');
                }
            }

            PrintLine(text, line, indentSize);
            previous = line;
        }

        if (previous is not null)
        {
            text.Append('\n');
        }

        return text.ToString();
    }

    private static void PrintLine(StringBuilder text, FormatLine line, int indentSize)
    {
        var column = line.Indent * indentSize;
        text.Append(' ', column);
        for (var i = 0; i < line.Tokens.Count; i++)
        {
            var token = line.Tokens[i];
            if (i > 0)
            {
                var gap = token.SpaceBefore + token.Padding;
                // A trailing comment keeps the column its author gave it (shifted as its line is
                // re-indented), so hand-aligned comments stay aligned; it moves right only when
                // the code reaches it.
                if (token.Type == JourneyLexer.LINE_COMMENT)
                {
                    var wanted = token.OriginalColumn - line.Tokens[0].OriginalColumn + (line.Indent * indentSize);
                    gap = Math.Max(1, wanted - column);
                }

                text.Append(' ', gap);
                column += gap;
            }

            text.Append(token.Text);
            var lastBreak = token.Text.LastIndexOf('\n');
            column = lastBreak < 0 ? column + token.Text.Length : token.Text.Length - lastBreak - 1;
        }
    }

    private static bool EndsWithOpener(FormatLine line) => line.LastCode is { } last && Indenter.IsOpener(last.Type);

    private static bool StartsWithCloser(FormatLine line) => line.FirstCode is { } first && Indenter.IsCloser(first.Type);
}
