using MarketingAutomation.Language.Syntax.Generated;

namespace MarketingAutomation.Language.Formatting;

/// <summary>
/// The gap between two tokens on one line, in the house style of the language's examples:
/// one space, except none inside `( )` and `[ ]`, before `, ; . .. ? :`, after a sign
/// (`+10`, `-x`) and between a function or type name and its `(`.
/// </summary>
/// <remarks>
/// Removing a space must never join two tokens into one. None of the pairs that lose their
/// space here can merge in the journey lexer; the formatter re-lexes its output to be sure.
/// </remarks>
internal static class Spacing
{
    public static void Apply(IReadOnlyList<FormatLine> lines, FormattingFacts facts)
    {
        foreach (var line in lines)
        {
            for (var i = 1; i < line.Tokens.Count; i++)
            {
                line.Tokens[i].SpaceBefore = Between(line.Tokens[i - 1], line.Tokens[i], facts);
            }
        }
    }

    private static int Between(FormatToken previous, FormatToken next, FormattingFacts facts)
    {
        if (previous.Type is JourneyLexer.LPAREN or JourneyLexer.LBRACKET or JourneyLexer.DOT or JourneyLexer.DOTDOT
            || facts.IsSign(previous.Offset))
        {
            return 0;
        }

        return next.Type switch
        {
            JourneyLexer.COMMA or JourneyLexer.SEMI or JourneyLexer.RPAREN or JourneyLexer.RBRACKET
                or JourneyLexer.DOT or JourneyLexer.DOTDOT or JourneyLexer.QUESTION => 0,
            JourneyLexer.COLON => next.IsColumnColon ? 1 : 0,
            JourneyLexer.LPAREN when facts.IsCallName(previous.Offset) => 0,
            JourneyLexer.RBRACE when previous.Type == JourneyLexer.LBRACE => 0,
            _ => 1,
        };
    }
}
