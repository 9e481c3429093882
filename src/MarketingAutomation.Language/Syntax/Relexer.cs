using Antlr4.Runtime;
using MarketingAutomation.Language.Syntax.Generated;

namespace MarketingAutomation.Language.Syntax;

/// <summary>
/// Lexes a new version of a file from a token of the old version's, and stops as soon as the
/// lexer is back in step with the old tokens after the change; the file's tokens are then the old
/// ones before that point, the new ones, and the old ones after, moved (<see cref="Splice"/>).
/// </summary>
/// <remarks>
/// The lexer has no modes: what it makes from a position depends only on the text from there on.
/// So once a token after the change begins where an old one began, every following token is the
/// old one moved by the change's length. Its line moves by the lines the change added; its column
/// stays when a line break lies between the change and it.
/// </remarks>
internal sealed class Relexer
{
    private readonly IReadOnlyList<IToken> old;
    private readonly TextChange change;
    private readonly string text;
    private readonly TextCharStream input;

    public Relexer(IReadOnlyList<IToken> old, string text, TextChange change)
    {
        this.old = old;
        this.text = text;
        this.change = change;
        input = new TextCharStream(text);
        Lexer = SyntaxTree.NewLexer(input);
    }

    public JourneyLexer Lexer { get; }

    /// <summary>Where the new tokens begin, the old token index they replace from.</summary>
    public int Restart { get; private set; }

    /// <summary>The tokens lexed again, from <see cref="Restart"/> to the first one in step (included) or EOF.</summary>
    public List<IToken> Fresh { get; } = [];

    /// <summary>The old index of the token the last fresh one repeats; null when lexing ran to the end.</summary>
    public int? InStepWith { get; private set; }

    /// <summary>Lexes from the old token at <paramref name="restart"/>, in the lexer state a full lexing had there.</summary>
    public void LexFrom(int restart)
    {
        Restart = restart;
        Fresh.Clear();
        InStepWith = null;
        var first = old[restart];
        Lexer.Reset(); // forgets having reached EOF on an earlier try
        input.Seek(first.StartIndex);
        Lexer.Line = first.Line;
        Lexer.Column = first.Column;
        while (true)
        {
            var token = (CommonToken)Lexer.NextToken();
            token.TokenIndex = restart + Fresh.Count;
            Fresh.Add(token);
            if (token.Type == TokenConstants.EOF)
            {
                return;
            }

            if (Counterpart(token) is { } oldIndex)
            {
                InStepWith = oldIndex;
                return;
            }
        }
    }

    /// <summary>Whether the fresh tokens up to old index <paramref name="last"/> are the old ones, unmoved.</summary>
    public bool Repeats(int last)
    {
        for (var i = Restart; i <= last; i++)
        {
            if (i - Restart >= Fresh.Count)
            {
                return false;
            }

            var (a, b) = (Fresh[i - Restart], old[i]);
            if (a.Type != b.Type || a.Channel != b.Channel || a.StartIndex != b.StartIndex || a.StopIndex != b.StopIndex || a.Line != b.Line || a.Column != b.Column)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Every token of the new version: the old ones before the restart, shared (they hold their own
    /// text, <see cref="OwnTextTokens"/>), the fresh ones, then copies of the old ones after the
    /// token in step, moved.
    /// </summary>
    public (List<IToken> Tokens, int FirstMoved, int IndexShift) Splice()
    {
        var tokens = new List<IToken>(old.Count + Fresh.Count);
        for (var i = 0; i < Restart; i++)
        {
            tokens.Add(old[i]);
        }

        tokens.AddRange(Fresh);
        if (InStepWith is not { } step)
        {
            return (tokens, tokens.Count, 0);
        }

        var inStep = Fresh[^1];
        var indexShift = inStep.TokenIndex - step;
        var lineShift = inStep.Line - old[step].Line;
        for (var i = step + 1; i < old.Count; i++)
        {
            tokens.Add(OwnTextTokens.Moved(old[i], change.Delta, lineShift, indexShift));
        }

        return (tokens, inStep.TokenIndex, indexShift);
    }

    // The old token a fresh one repeats, if from it on lexing cannot differ: it begins after the
    // change where an old token began, is that token again, and a line break lies between.
    private int? Counterpart(IToken token)
    {
        if (token.StartIndex < change.NewEnd || !text.AsSpan(change.NewEnd, token.StartIndex - change.NewEnd).Contains('\n'))
        {
            return null;
        }

        var index = IndexStartingAt(token.StartIndex - change.Delta);
        if (index < 0)
        {
            return null;
        }

        var match = old[index];
        return match.Type == token.Type && match.Channel == token.Channel && match.StopIndex - match.StartIndex == token.StopIndex - token.StartIndex
            ? index
            : null;
    }

    private int IndexStartingAt(int offset)
    {
        int low = 0, high = old.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var start = old[middle].StartIndex;
            if (start == offset)
            {
                return middle;
            }

            if (start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }
}
