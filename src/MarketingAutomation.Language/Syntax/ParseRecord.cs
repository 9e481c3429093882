using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Language.Syntax;

/// <summary>
/// What parsing a file leaves behind besides its tree: how the parser went through the file's
/// top-level declarations. The next version of the file is re-parsed only where it changed from
/// this (<see cref="IncrementalParser"/>).
/// </summary>
/// <param name="FullContext">
/// Parsed in ANTLR's LL mode with error recovery; otherwise the SLL fast path read the whole file
/// without an error.
/// </param>
/// <param name="Declarations">Every top-level declaration the parser began, in order, including those that made no syntax.</param>
/// <param name="Errors">Every syntax error in the order reported, before only the first of each declaration is kept.</param>
internal sealed record ParseRecord(bool FullContext, IReadOnlyList<TopLevelDeclaration> Declarations, IReadOnlyList<SyntaxError> Errors)
{
    public IEnumerable<Diagnostic> ReportedErrors() => SyntaxErrorStrategy.FirstErrorPerDeclaration(Errors, Declarations);
}

/// <summary>One top-level declaration as the parser met it.</summary>
/// <param name="StartToken">The index of its first token, its keyword.</param>
/// <param name="StopToken">The index of its last token.</param>
/// <param name="FurthestBefore">
/// The furthest token the parser had looked at (lookahead included) when it began this
/// declaration: all it did before depends on no later token.
/// </param>
/// <param name="ErrorsBefore">How many syntax errors had been reported when it began.</param>
/// <param name="CleanStart">No earlier error had left state in the error strategy when it began.</param>
/// <param name="Syntax">Its syntax, with its documentation comment; null when none could be made.</param>
/// <param name="ReachesTextEnd">A span in its syntax is the text's end (see <see cref="SyntaxTreeBuilder.BuildTopLevel"/>).</param>
internal sealed record TopLevelDeclaration(int StartToken, int StopToken, int FurthestBefore, int ErrorsBefore, bool CleanStart, DeclarationSyntax? Syntax, bool ReachesTextEnd);
