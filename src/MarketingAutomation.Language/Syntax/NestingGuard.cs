using Antlr4.Runtime;
using MarketingAutomation.Language.Syntax.Generated;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Syntax;

/// <summary>
/// Finds text nested so deeply that parsing it (a recursive descent) could exhaust the stack:
/// brackets and blocks within brackets and blocks, or endless chains of operators. No real
/// journey comes near these limits; a file that does is refused with one clear error.
/// </summary>
internal static class NestingGuard
{
    public const int MaxDepth = 100;

    /// <summary>
    /// Operators in one expression: each may add a level to the tree that the parser, builder and
    /// binder walk recursively, so together with the bracket depth this bounds the recursion.
    /// </summary>
    public const int MaxOperatorsPerExpression = 256;

    /// <summary>The first token past a limit, or null when the file is within them.</summary>
    public static IToken? FindTooDeep(IList<IToken> tokens)
    {
        var depth = 0;
        var operators = 0;
        foreach (var token in tokens)
        {
            if (StartsNewExpression(token.Type))
            {
                operators = 0;
            }

            switch (token.Type)
            {
                case JourneyLexer.LPAREN or JourneyLexer.LBRACKET or JourneyLexer.LBRACE:
                    if (++depth > MaxDepth)
                    {
                        return token;
                    }

                    break;
                case JourneyLexer.RPAREN or JourneyLexer.RBRACKET or JourneyLexer.RBRACE:
                    depth = Math.Max(0, depth - 1);
                    break;
                case JourneyLexer.NOT or JourneyLexer.MINUS or JourneyLexer.PLUS or JourneyLexer.STAR or JourneyLexer.SLASH
                    or JourneyLexer.AND or JourneyLexer.OR or JourneyLexer.DOT or JourneyLexer.EQ or JourneyLexer.NEQ
                    or JourneyLexer.LT or JourneyLexer.LE or JourneyLexer.GT or JourneyLexer.GE or JourneyLexer.IN
                    or JourneyLexer.CONTAINS or JourneyLexer.STARTS_WITH or JourneyLexer.ENDS_WITH or JourneyLexer.IS:
                    if (++operators > MaxOperatorsPerExpression)
                    {
                        return token;
                    }

                    break;
            }
        }

        return null;
    }

    // Tokens after which a new expression begins: blocks, statement and clause keywords, declarations.
    private static bool StartsNewExpression(int type) => type is JourneyLexer.LBRACE or JourneyLexer.RBRACE or JourneyLexer.SEMI
        or JourneyLexer.WHEN or JourneyLexer.WHERE or JourneyLexer.GOAL or JourneyLexer.LEAVE or JourneyLexer.SEND
        or JourneyLexer.WAIT or JourneyLexer.IF or JourneyLexer.ELSE or JourneyLexer.SET or JourneyLexer.EMIT
        or JourneyLexer.POST or JourneyLexer.EXPECT or JourneyLexer.SEGMENT or JourneyLexer.JOURNEY or JourneyLexer.TEST;
}
