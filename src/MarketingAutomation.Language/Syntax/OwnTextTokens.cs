using Antlr4.Runtime;
using Antlr4.Runtime.Misc;

namespace MarketingAutomation.Language.Syntax;

/// <summary>
/// Makes the lexer's tokens hold their own text and nothing of the text they were lexed from.
/// ANTLR's tokens keep their lexer and its input, and read their text from it on every call; a new
/// version of a file that shared the old version's tokens before an edit would then keep the old
/// text alive, and a few hundred keystrokes later every older version. With their own text, the
/// tokens before an edit are shared as they are (<see cref="Relexer.Splice"/>).
/// </summary>
internal sealed class OwnTextTokens : ITokenFactory
{
    public static readonly OwnTextTokens Factory = new();

    // What the tokens name as their source: no lexer, no input.
    private static readonly Tuple<ITokenSource, ICharStream> Origin = Tuple.Create<ITokenSource, ICharStream>(new NoSource(), null!);

    public IToken Create(Tuple<ITokenSource, ICharStream> source, int type, string text, int channel, int start, int stop, int line, int charPositionInLine) =>
        new CommonToken(Origin, type, channel, start, stop)
        {
            Line = line,
            Column = charPositionInLine,
            Text = text ?? TextOf(source.Item2, start, stop),
        };

    public IToken Create(int type, string text) => new CommonToken(type, text);

    /// <summary>The same token at another place: moved by an edit before it.</summary>
    public static IToken Moved(IToken token, int offset, int lineShift, int indexShift) =>
        new CommonToken(Origin, token.Type, token.Channel, token.StartIndex + offset, token.StopIndex + offset)
        {
            Line = token.Line + lineShift,
            Column = token.Column,
            Text = token.Text,
            TokenIndex = token.TokenIndex + indexShift,
        };

    // As CommonToken reads it from its input: the end of the text reads as "<EOF>".
    private static string TextOf(ICharStream? input, int start, int stop) =>
        input is not null && start < input.Size && stop < input.Size ? input.GetText(Interval.Of(start, stop)) : "<EOF>";

    /// <summary>The source a token made by error recovery asks its factory of: this one.</summary>
    private sealed class NoSource : ITokenSource
    {
        public int Line => 0;

        public int Column => 0;

        public ICharStream InputStream => null!;

        public string SourceName => "journey";

        public ITokenFactory TokenFactory
        {
            get => Factory;
            set { }
        }

        public IToken NextToken() => throw new NotSupportedException("Tokens made by OwnTextTokens have no lexer behind them.");
    }
}
