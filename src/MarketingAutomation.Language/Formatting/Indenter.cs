using MarketingAutomation.Language.Syntax.Generated;

namespace MarketingAutomation.Language.Formatting;

/// <summary>
/// Sets each line's indent level: one level inside each bracket opened on an earlier line
/// (however many open on one line), the opener's level for a line that starts by closing it,
/// and one extra level for a line that continues an item begun above it.
/// </summary>
internal static class Indenter
{
    private sealed record Frame(int Opener, int LineIndent, int ContentIndent);

    public static void Indent(IReadOnlyList<FormatLine> lines, FormattingFacts facts)
    {
        var open = new Stack<Frame>();
        var commentLines = new List<(FormatLine Line, int Base)>();
        foreach (var line in lines)
        {
            var baseIndent = open.TryPeek(out var frame) ? frame.ContentIndent : 0;
            if (line.FirstCode is not { } first)
            {
                commentLines.Add((line, baseIndent));
                continue;
            }

            if (IsCloser(first.Type))
            {
                line.Indent = frame?.LineIndent ?? 0;
            }
            else
            {
                var inBraces = frame is null || frame.Opener == JourneyLexer.LBRACE;
                var continues = inBraces && first.Type is not (JourneyLexer.LBRACE or JourneyLexer.ELSE) && !facts.IsItemStart(first.Offset);
                line.Indent = baseIndent + (continues ? 1 : 0);
            }

            // A comment line above code describes that code and sits with it; above a closing
            // bracket it belongs to the block being closed.
            foreach (var (comment, commentBase) in commentLines)
            {
                comment.Indent = IsCloser(first.Type) ? commentBase : line.Indent;
            }

            commentLines.Clear();
            Track(line, open);
        }

        foreach (var (comment, commentBase) in commentLines)
        {
            comment.Indent = commentBase;
        }
    }

    private static void Track(FormatLine line, Stack<Frame> open)
    {
        foreach (var token in line.Tokens)
        {
            if (IsOpener(token.Type))
            {
                open.Push(new Frame(token.Type, line.Indent, line.Indent + 1));
            }
            else if (IsCloser(token.Type))
            {
                open.TryPop(out _);
            }
        }
    }

    public static bool IsOpener(int type) => type is JourneyLexer.LBRACE or JourneyLexer.LPAREN or JourneyLexer.LBRACKET;

    public static bool IsCloser(int type) => type is JourneyLexer.RBRACE or JourneyLexer.RPAREN or JourneyLexer.RBRACKET;
}
