using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Syntax.Generated;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Syntax;

/// <summary>
/// ANTLR's recovery with our own words: every error is phrased as what the language expected
/// and what was found, never as the generator's "mismatched input". Errors are collected, then
/// only the first in each declaration is kept, so one typo gives one diagnostic.
/// </summary>
internal sealed class SyntaxErrorStrategy(SourceText source) : DefaultErrorStrategy
{
    private readonly List<SyntaxError> errors = [];

    /// <summary>Every error reported so far, in the order reported, before <see cref="FirstErrorPerDeclaration"/>.</summary>
    public IReadOnlyList<SyntaxError> Errors => errors;

    /// <summary>
    /// True when no earlier error has left state behind: not recovering, no error position
    /// remembered, no expected-token context carried over from a sync. From such a point the
    /// parser's course depends only on the tokens ahead (see <see cref="IncrementalParser"/>).
    /// </summary>
    public bool IsClean => !errorRecoveryMode && lastErrorIndex == -1 && lastErrorStates is null && nextTokensContext is null;

    /// <summary>
    /// Keeps only the first error in each top-level declaration, so one typo gives one diagnostic.
    /// Errors between declarations are grouped under the declaration that follows them.
    /// </summary>
    public static IEnumerable<Diagnostic> FirstErrorPerDeclaration(IReadOnlyList<SyntaxError> errors, IReadOnlyList<TopLevelDeclaration> declarations)
    {
        var seen = new HashSet<int>();
        foreach (var (tokenIndex, diagnostic) in errors.OrderBy(e => e.TokenIndex))
        {
            var owner = FirstEndingAtOrAfter(declarations, tokenIndex);
            if (seen.Add(owner) && diagnostic is not null)
            {
                yield return diagnostic;
            }
        }
    }

    // Declarations are in token order, so their last tokens are too: a binary search finds the owner.
    private static int FirstEndingAtOrAfter(IReadOnlyList<TopLevelDeclaration> declarations, int tokenIndex)
    {
        int low = 0, high = declarations.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (declarations[middle].StopToken < tokenIndex)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < declarations.Count ? low : -1;
    }

    /// <summary>
    /// Never skips past a declaration keyword that begins a line: whatever went wrong before it,
    /// the next declaration starts there, and it should be read as one, not eaten by recovery.
    /// </summary>
    public override void Recover(Parser recognizer, RecognitionException e)
    {
        if (StartsDeclarationLine(recognizer.CurrentToken))
        {
            return;
        }

        base.Recover(recognizer, e);
    }

    protected override IToken? SingleTokenDeletion(Parser recognizer) =>
        StartsDeclarationLine(recognizer.CurrentToken) ? null : base.SingleTokenDeletion(recognizer);

    protected override void ConsumeUntil(Parser recognizer, IntervalSet set)
    {
        // Between declarations only a line-starting declaration keyword is a safe place to resume:
        // `contact` in `when contact enters` is not the start of a contact declaration.
        var topLevel = recognizer.Context is JourneyParser.CompilationUnitContext;
        var token = recognizer.CurrentToken;
        while (token.Type != TokenConstants.EOF && !StartsDeclarationLine(token) && (topLevel || !set.Contains(token.Type)))
        {
            recognizer.Consume();
            token = recognizer.CurrentToken;
        }
    }

    private bool StartsDeclarationLine(IToken token)
    {
        if (token.Type is not (JourneyLexer.CONTACT or JourneyLexer.EVENT or JourneyLexer.TEMPLATE or JourneyLexer.SEGMENT
            or JourneyLexer.SCORE or JourneyLexer.LIFECYCLE or JourneyLexer.POLICY or JourneyLexer.CONNECTION
            or JourneyLexer.JOURNEY or JourneyLexer.TEST))
        {
            return false;
        }

        var position = source.GetLinePosition(token.StartIndex);
        return string.IsNullOrWhiteSpace(source.GetLineText(position.Line)[..position.Character]);
    }

    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e) =>
        Report(recognizer, e.OffendingToken, ExpectedAt(recognizer, e.GetExpectedTokens()));

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e) =>
        Report(recognizer, e.OffendingToken, ExpectedAt(recognizer, e.GetExpectedTokens()));

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e) =>
        Report(recognizer, e.OffendingToken, ExpectedAt(recognizer, null));

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        var token = recognizer.CurrentToken;
        Add(token, DiagnosticBag.UnexpectedToken(source, SpanOf(token), TokenDescriptions.Describe(token), ExpectedAt(recognizer, GetExpectedTokens(recognizer))));
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        var token = recognizer.CurrentToken;
        var expected = ExpectedAt(recognizer, GetExpectedTokens(recognizer));
        // A missing token is best shown right after the previous token, where it belongs.
        var previous = PreviousVisibleToken(recognizer, token);
        var span = previous is null ? SpanOf(token) : new TextSpan(previous.StopIndex + 1, 0);
        Add(token, DiagnosticBag.MissingToken(source, span, expected, TokenDescriptions.Describe(token)));
    }

    private void Report(Parser recognizer, IToken token, string expected)
    {
        Add(token, DiagnosticBag.UnexpectedToken(source, SpanOf(token), TokenDescriptions.Describe(token), expected));
    }

    private void Add(IToken token, Diagnostic diagnostic)
    {
        // A bad character or an open string is already reported by the lexical check.
        if (token.Type is JourneyLexer.BAD_CHARACTER or JourneyLexer.UNTERMINATED_STRING)
        {
            errors.Add(new SyntaxError(token.TokenIndex, null));
            return;
        }

        errors.Add(new SyntaxError(token.TokenIndex, diagnostic));
    }

    private static string ExpectedAt(Parser recognizer, IntervalSet? expected) =>
        TokenDescriptions.DescribeExpected(recognizer.Context?.RuleIndex ?? -1, expected);

    private static IToken? PreviousVisibleToken(Parser recognizer, IToken token)
    {
        var stream = (ITokenStream)recognizer.InputStream;
        for (var i = token.TokenIndex - 1; i >= 0; i--)
        {
            var candidate = stream.Get(i);
            if (candidate.Channel == TokenConstants.DefaultChannel)
            {
                return candidate;
            }
        }

        return null;
    }

    private static TextSpan SpanOf(IToken token) =>
        token.Type == TokenConstants.EOF
            ? new TextSpan(Math.Max(0, token.StartIndex), 0)
            : TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);
}

/// <summary>A syntax error as reported; a null diagnostic marks one the lexical check already reported.</summary>
internal readonly record struct SyntaxError(int TokenIndex, Diagnostic? Diagnostic);
