using Antlr4.Runtime;

namespace MarketingAutomation.Language.Syntax;

/// <summary>
/// The parser's token stream over a file's tokens, all lexed beforehand (ending with EOF), that
/// remembers the furthest token the parser has looked at. Whatever the parser did up to some
/// moment depends on no token past that one.
/// </summary>
internal sealed class TokenBuffer : CommonTokenStream
{
    public TokenBuffer(ITokenSource source, List<IToken> all)
        : base(source)
    {
        tokens = all;
        fetchedEOF = true;
    }

    /// <summary>The index of the furthest token read so far, or -1.</summary>
    public int Furthest { get; private set; } = -1;

    // LA reads through LT, and prediction reads ahead with LA, so this sees every look.
    public override IToken LT(int k)
    {
        var token = base.LT(k);
        if (token is not null && token.TokenIndex > Furthest)
        {
            Furthest = token.TokenIndex;
        }

        return token!;
    }

    public override IToken Get(int i)
    {
        Furthest = Math.Max(Furthest, i);
        return base.Get(i);
    }
}
