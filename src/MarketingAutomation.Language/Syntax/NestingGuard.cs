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
    /// Operators, counted over every bracket still open: each can add a level to the tree that
    /// the parser, builder and binder walk recursively, so the total bounds the recursion depth.
    /// </summary>
    public const int MaxOpenOperators = 256;

    /// <summary>The first token past a limit, or null when the file is within them.</summary>
    public static IToken? FindTooDeep(IList<IToken> tokens)
    {
        var operators = new Stack<int>();
        operators.Push(0);
        var openOperators = 0;
        foreach (var token in tokens)
        {
            switch (token.Type)
            {
                case JourneyLexer.LPAREN or JourneyLexer.LBRACKET or JourneyLexer.LBRACE:
                    if (operators.Count > MaxDepth)
                    {
                        return token;
                    }

                    operators.Push(0);
                    break;
                case JourneyLexer.RPAREN or JourneyLexer.RBRACKET or JourneyLexer.RBRACE:
                    if (operators.Count > 1)
                    {
                        openOperators -= operators.Pop();
                    }

                    break;
                case JourneyLexer.NOT or JourneyLexer.MINUS or JourneyLexer.PLUS or JourneyLexer.STAR or JourneyLexer.SLASH
                    or JourneyLexer.AND or JourneyLexer.OR or JourneyLexer.DOT or JourneyLexer.EQ or JourneyLexer.NEQ
                    or JourneyLexer.LT or JourneyLexer.LE or JourneyLexer.GT or JourneyLexer.GE or JourneyLexer.IN
                    or JourneyLexer.CONTAINS or JourneyLexer.STARTS_WITH or JourneyLexer.ENDS_WITH or JourneyLexer.IS:
                    if (++openOperators > MaxOpenOperators)
                    {
                        return token;
                    }

                    operators.Push(operators.Pop() + 1);
                    break;
                case JourneyLexer.SEMI:
                    // A statement ends here: its operators no longer nest anything that follows.
                    openOperators -= operators.Pop();
                    operators.Push(0);
                    break;
            }
        }

        return null;
    }
}
