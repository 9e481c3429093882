using Antlr4.Runtime;
using MarketingAutomation.Language.Syntax.Generated;

namespace MarketingAutomation.Language.Services;

/// <summary>What kind of word or sign a token is, as the editor features need to know it.</summary>
internal static class TokenFacts
{
    /// <summary>Keywords the grammar never accepts as a name (see `name` in JourneyParser.g4).</summary>
    public static readonly IReadOnlySet<int> Reserved = new HashSet<int>
    {
        JourneyLexer.AND, JourneyLexer.AT, JourneyLexer.CONTAINS, JourneyLexer.ELSE, JourneyLexer.ENDS_WITH,
        JourneyLexer.EVERY, JourneyLexer.FALSE, JourneyLexer.FOR, JourneyLexer.HAS, JourneyLexer.IF,
        JourneyLexer.IN, JourneyLexer.NO, JourneyLexer.NOT, JourneyLexer.ON, JourneyLexer.OR, JourneyLexer.PER,
        JourneyLexer.SET, JourneyLexer.STARTS_WITH, JourneyLexer.TO, JourneyLexer.TRUE, JourneyLexer.UNTIL,
        JourneyLexer.UP, JourneyLexer.WAIT, JourneyLexer.WHEN, JourneyLexer.WHERE, JourneyLexer.WITH, JourneyLexer.WITHIN,
    };

    private static readonly HashSet<int> Keywords = Enumerable.Range(1, JourneyLexer.BAD_CHARACTER)
        .Where(t => JourneyLexer.DefaultVocabulary.GetLiteralName(t) is { Length: > 2 } literal && char.IsLetter(literal[1]))
        .ToHashSet();

    private static readonly HashSet<int> Numbers =
    [
        JourneyLexer.INT_LITERAL, JourneyLexer.DECIMAL_LITERAL, JourneyLexer.DURATION_LITERAL,
        JourneyLexer.PERCENT_LITERAL, JourneyLexer.TIME_LITERAL, JourneyLexer.DATE_LITERAL,
    ];

    private static readonly HashSet<int> Operators =
    [
        JourneyLexer.PLUS, JourneyLexer.MINUS, JourneyLexer.STAR, JourneyLexer.SLASH, JourneyLexer.EQ, JourneyLexer.NEQ,
        JourneyLexer.LT, JourneyLexer.LE, JourneyLexer.GT, JourneyLexer.GE, JourneyLexer.ASSIGN, JourneyLexer.PLUS_ASSIGN,
        JourneyLexer.MINUS_ASSIGN, JourneyLexer.ARROW, JourneyLexer.DOTDOT, JourneyLexer.QUESTION,
    ];

    public static bool IsKeyword(int type) => Keywords.Contains(type);

    /// <summary>A word: an identifier or a keyword (most keywords may also stand as names).</summary>
    public static bool IsWord(IToken token) => token.Type == JourneyLexer.IDENTIFIER || Keywords.Contains(token.Type);

    public static bool IsNumber(int type) => Numbers.Contains(type);

    public static bool IsOperator(int type) => Operators.Contains(type);

    public static bool IsString(int type) => type is JourneyLexer.STRING_LITERAL or JourneyLexer.UNTERMINATED_STRING;

    public static bool IsComment(int type) =>
        type is JourneyLexer.LINE_COMMENT or JourneyLexer.BLOCK_COMMENT or JourneyLexer.UNTERMINATED_COMMENT;

    /// <summary>Tokens the parser reads: no whitespace, no comments, no end of file.</summary>
    public static bool IsSignificant(IToken token) =>
        token.Channel == TokenConstants.DefaultChannel && token.Type != TokenConstants.EOF && token.StartIndex >= 0;

    public static int End(IToken token) => token.StopIndex + 1;
}
