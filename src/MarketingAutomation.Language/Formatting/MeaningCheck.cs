using Antlr4.Runtime;
using MarketingAutomation.Language.Syntax.Generated;

namespace MarketingAutomation.Language.Formatting;

/// <summary>
/// Formatting may only change whitespace. This re-lexes a result and compares every token that
/// is not whitespace (comments included) with the original, so a spacing rule that ever glued
/// two tokens into one could not slip into a user's file.
/// </summary>
internal static class MeaningCheck
{
    public static bool SameTokens(IReadOnlyList<IToken> original, string formatted)
    {
        var before = Significant(original);
        var lexer = new JourneyLexer(new AntlrInputStream(formatted));
        lexer.RemoveErrorListeners();
        var after = Significant(lexer.GetAllTokens().ToList());
        return before.SequenceEqual(after);
    }

    /// <summary>Type and text of each token other than whitespace, comments as the formatter writes them.</summary>
    public static List<(int Type, string Text)> Significant(IEnumerable<IToken> tokens) =>
        tokens.Where(t => t.Type != JourneyLexer.WS && t.Type != TokenConstants.EOF)
            .Select(t => (t.Type, CommentText.Normalize(t.Type, t.Text)))
            .ToList();
}
