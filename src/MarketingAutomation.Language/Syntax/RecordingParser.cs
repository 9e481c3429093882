using Antlr4.Runtime;
using MarketingAutomation.Language.Syntax.Generated;

namespace MarketingAutomation.Language.Syntax;

/// <summary>
/// The generated parser, noting where each top-level declaration begins and what the parser had
/// read and reported by then (<see cref="TopLevelDeclaration"/>), and able to stop before one.
/// </summary>
internal sealed class RecordingParser : JourneyParser
{
    private readonly TokenBuffer tokens;

    public RecordingParser(TokenBuffer tokens)
        : base(tokens)
    {
        this.tokens = tokens;
        RemoveErrorListeners();
    }

    /// <summary>The declarations begun (and not stopped before), in order.</summary>
    public List<DeclarationStart> Declarations { get; } = [];

    /// <summary>
    /// Asked at the first token index of each declaration begun with the error strategy clean (only
    /// there can the rest be taken from an earlier parse); true stops the parse with <see cref="StoppedException"/>.
    /// </summary>
    public Func<int, bool>? StopBefore { get; init; }

    public SyntaxErrorStrategy? Strategy => ErrorHandler as SyntaxErrorStrategy;

    public override void EnterRule(ParserRuleContext localctx, int state, int ruleIndex)
    {
        base.EnterRule(localctx, state, ruleIndex);
        if (ruleIndex != RULE_declaration)
        {
            return;
        }

        var start = localctx.Start.TokenIndex;
        var clean = Strategy?.IsClean ?? true;
        if (clean && StopBefore?.Invoke(start) == true)
        {
            throw new StoppedException(start);
        }

        Declarations.Add(new DeclarationStart((DeclarationContext)localctx, tokens.Furthest, Strategy?.Errors.Count ?? 0, clean));
    }

    /// <summary>A declaration's context and the state of the parse when it began.</summary>
    public sealed record DeclarationStart(DeclarationContext Context, int FurthestBefore, int ErrorsBefore, bool CleanStart)
    {
        public int StartToken => Context.Start.TokenIndex;

        public TopLevelDeclaration Build(SyntaxTreeBuilder builder, int furthestBefore, int errorsBefore)
        {
            var syntax = builder.BuildTopLevel(Context, out var reachesTextEnd);
            return new(StartToken, Context.Stop?.TokenIndex ?? StartToken, furthestBefore, errorsBefore, CleanStart, syntax, reachesTextEnd);
        }
    }

    /// <summary>Thrown by <see cref="StopBefore"/>: the parse ended before the declaration at TokenIndex.</summary>
    public sealed class StoppedException(int tokenIndex) : Exception
    {
        public int TokenIndex { get; } = tokenIndex;
    }
}
