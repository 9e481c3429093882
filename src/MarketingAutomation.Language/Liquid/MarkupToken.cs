namespace MarketingAutomation.Language.Liquid;

internal enum MarkupTokenKind
{
    End,
    Identifier,
    String,
    Number,
    Dot,
    DotDot,
    Comma,
    Colon,
    Pipe,
    OpenBracket,
    CloseBracket,
    OpenParen,
    CloseParen,
    Assign,
    Comparison,
    Invalid,
}

/// <summary>
/// A token of tag or output markup. Text is the token as written; Value is the content of a
/// string, or for an Invalid token the message explaining what is wrong with it.
/// </summary>
internal readonly record struct MarkupToken(MarkupTokenKind Kind, int Offset, int Length, string Text, string Value)
{
    public int End => Offset + Length;

    public bool IsWord(string word) => Kind == MarkupTokenKind.Identifier && Text == word;
}
