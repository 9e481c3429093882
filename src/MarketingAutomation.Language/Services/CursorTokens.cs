using Antlr4.Runtime;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Syntax.Generated;

namespace MarketingAutomation.Language.Services;

/// <summary>The tokens around the cursor, read from the token stream so half-typed text is understood too.</summary>
internal static class CursorTokens
{
    /// <summary>
    /// Whether the cursor is inside a comment or a text: there, names are words of prose and
    /// completion or signature help would only get in the way. Right after a closing quote or
    /// `*/` is outside; the end of a line comment or of an unclosed text is still inside.
    /// </summary>
    public static bool IsInCommentOrString(SyntaxTree tree, int position)
    {
        foreach (var token in tree.Tokens)
        {
            if (token.StartIndex >= position || token.StartIndex < 0)
            {
                break;
            }

            var end = TokenFacts.End(token);
            var inside = token.Type switch
            {
                JourneyLexer.LINE_COMMENT or JourneyLexer.UNTERMINATED_COMMENT or JourneyLexer.UNTERMINATED_STRING => position <= end,
                JourneyLexer.BLOCK_COMMENT or JourneyLexer.STRING_LITERAL => position < end,
                _ => false,
            };
            if (inside)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The significant tokens that end at or before the position.</summary>
    public static IReadOnlyList<IToken> Before(SyntaxTree tree, int position) =>
        tree.Tokens.Where(t => TokenFacts.IsSignificant(t) && TokenFacts.End(t) <= position).ToList();

    /// <summary>The word being typed at the cursor (the cursor is in it or right after it), if any.</summary>
    public static IToken? WordAt(SyntaxTree tree, int position) =>
        tree.Tokens.FirstOrDefault(t => TokenFacts.IsSignificant(t) && TokenFacts.IsWord(t) && t.StartIndex < position && position <= TokenFacts.End(t));
}
