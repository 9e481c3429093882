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
    public const int MaxOperatorsPerLevel = 2000;

    /// <summary>The first token past a limit, or null when the file is within them.</summary>
    public static IToken? FindTooDeep(IList<IToken> tokens)
    {
        var depth = 0;
        var operators = new Stack<int>();
        operators.Push(0);
        foreach (var token in tokens)
        {
            switch (token.Type)
            {
                case JourneyLexer.LPAREN or JourneyLexer.LBRACKET or JourneyLexer.LBRACE:
                    if (++depth > MaxDepth)
                    {
                        return token;
                    }

                    operators.Push(0);
                    break;
                case JourneyLexer.RPAREN or JourneyLexer.RBRACKET or JourneyLexer.RBRACE:
                    if (depth > 0)
                    {
                        depth--;
                        operators.Pop();
                    }

                    break;
                case JourneyLexer.NOT or JourneyLexer.MINUS or JourneyLexer.PLUS or JourneyLexer.STAR or JourneyLexer.SLASH
                    or JourneyLexer.AND or JourneyLexer.OR or JourneyLexer.DOT or JourneyLexer.EQ or JourneyLexer.NEQ
                    or JourneyLexer.LT or JourneyLexer.LE or JourneyLexer.GT or JourneyLexer.GE or JourneyLexer.IN
                    or JourneyLexer.CONTAINS or JourneyLexer.STARTS_WITH or JourneyLexer.ENDS_WITH:
                    var count = operators.Pop() + 1;
                    if (count > MaxOperatorsPerLevel)
                    {
                        return token;
                    }

                    operators.Push(count);
                    break;
            }
        }

        return null;
    }
}
