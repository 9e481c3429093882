using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Syntax;

/// <summary>
/// Re-parses a new version of a file from the old version's tree, parsing again only from the
/// last top-level declaration before the edit to the first one after it that a full parse would
/// reach in the same state as before. The result is always what <see cref="SyntaxTree.Parse(SourceText)"/>
/// gives — tree, tokens and diagnostics; whatever cannot be shown to match is parsed in full.
/// </summary>
/// <remarks>
/// Why the parts match a full parse:
/// <list type="bullet">
/// <item>Before the restart: all the parser did before a declaration depends only on the tokens
/// it had looked at (<see cref="TopLevelDeclaration.FurthestBefore"/>). They are checked to be
/// lexed the same, so those declarations and their errors are kept.</item>
/// <item>From the restart: a declaration where the error strategy held no state from an earlier
/// error, and a new parser starts in the same state a full parse is in there: in the
/// compilationUnit loop, about to read a declaration.</item>
/// <item>After the edit: parsing stops before the first old declaration past the edit that it
/// reaches at the top level, again in a clean state, whose tokens (and the comment above it)
/// are unchanged; from there a full parse goes on as the old one did, so the rest is the old
/// syntax and errors, moved by the edit's length.</item>
/// <item>Mode: an old tree from ANTLR's SLL fast path is re-parsed in SLL mode; should that fail,
/// the full parse would fall back to LL mode for the whole file, so the file is parsed in full.
/// An old tree from LL mode is re-parsed in LL mode, which gives what SLL gives when SLL
/// succeeds (ANTLR's guarantee for its two-stage strategy).</item>
/// </list>
/// </remarks>
internal static class IncrementalParser
{
    // Restart points tried before giving up; a later one failing its check is rare.
    private const int RestartAttempts = 3;

    public static SyntaxTree Reparse(SyntaxTree previous, SourceText source)
    {
        if (previous.Record is not { } record)
        {
            return SyntaxTree.Parse(source);
        }

        var change = TextChange.Between(previous.Source.Text, source.Text);

        // A change at the very start moves every position, including the 0 that stands for a
        // token error recovery made up; those cannot be told apart, so parse in full.
        if (change.Start == 0)
        {
            return SyntaxTree.Parse(source);
        }

        var relexer = new Relexer(previous.Tokens, source.Text, change);
        var restart = FindRestart(previous, record, change, relexer);
        return ParseFrom(restart, record, change, relexer, source) ?? SyntaxTree.Parse(source);
    }

    /// <summary>
    /// The latest restart point before the change whose lookahead the change leaves alone:
    /// a declaration, or the start of the file. Leaves the relexer lexed from it.
    /// </summary>
    private static Restart FindRestart(SyntaxTree previous, ParseRecord record, TextChange change, Relexer relexer)
    {
        var attempts = 0;
        for (var i = record.Declarations.Count - 1; i >= 0 && attempts < RestartAttempts; i--)
        {
            var declaration = record.Declarations[i];
            var start = declaration.StartToken;
            if (previous.Tokens[start].StartIndex >= change.Start
                || !declaration.CleanStart
                || previous.Tokens[declaration.FurthestBefore].StopIndex >= change.Start
                || (start > 0 && previous.Tokens[start - 1].Type != Generated.JourneyLexer.WS))
            {
                continue;
            }

            // Whitespace before it ends at its first character, which the change left alone, so
            // no token before it was lexed from changed text. Those the parser read ahead are checked.
            attempts++;
            relexer.LexFrom(start);
            if (relexer.Repeats(declaration.FurthestBefore))
            {
                return new Restart(i, start, declaration.FurthestBefore, declaration.ErrorsBefore);
            }
        }

        relexer.LexFrom(0);
        return new Restart(0, 0, -1, 0);
    }

    /// <summary>
    /// Parses from the restart point until the parse reaches an old declaration it can stop
    /// before, then puts the tree together: old declarations before, new ones, old ones after,
    /// moved. Null when something old has no place in the new text; the caller parses in full.
    /// </summary>
    private static SyntaxTree? ParseFrom(Restart restart, ParseRecord record, TextChange change, Relexer relexer, SourceText source)
    {
        var (tokens, firstMoved, indexShift) = relexer.Splice();
        if (NestingGuard.FindTooDeep(tokens) is not null)
        {
            return null;
        }

        var buffer = new TokenBuffer(relexer.Lexer, tokens);
        var parser = SyntaxTree.NewParser(buffer, source, record.FullContext, index => StopsBefore(index) >= 0);
        buffer.Seek(restart.Token);
        int? stop = null;
        try
        {
            parser.compilationUnit();
        }
        catch (RecordingParser.StoppedException stopped)
        {
            stop = StopsBefore(stopped.TokenIndex);
        }
        catch (ParseCanceledException)
        {
            // SLL failed here, so it fails on the whole file too: a full parse is all LL mode.
            return SyntaxTree.Parse(source, startWithSll: false);
        }

        var builder = new SyntaxTreeBuilder(source, buffer);
        var shifter = new SyntaxShifter(change);
        var declarations = record.Declarations.Take(restart.Declarations).Select(d => d.ReachesTextEnd ? Moved(d, shifter, 0, 0, 0) : d).ToList();
        var errors = record.Errors.Take(restart.ErrorsBefore).Select(e => e with { Diagnostic = e.Diagnostic is { } d ? d with { Source = source } : null }).ToList();
        foreach (var begun in parser.Declarations)
        {
            declarations.Add(begun.Build(builder, Math.Max(restart.FurthestBefore, begun.FurthestBefore), restart.ErrorsBefore + begun.ErrorsBefore));
        }

        errors.AddRange(parser.Strategy?.Errors ?? []);
        if (stop is { } kept && !MoveRest(kept, record, shifter, change, indexShift, Math.Max(restart.FurthestBefore, buffer.Furthest), declarations, errors, source))
        {
            return null;
        }

        if (shifter.Failed)
        {
            return null;
        }

        var lexical = SyntaxTree.LexicalErrors(source, tokens);
        return SyntaxTree.Create(source, tokens, lexical, new ParseRecord(record.FullContext, declarations, errors));

        // The old declaration a parse about to begin one at this new token index can stop before, or -1.
        int StopsBefore(int index)
        {
            if (index < firstMoved || FindStartingAt(record.Declarations, index - indexShift) is not (>= 0 and var old) || !record.Declarations[old].CleanStart)
            {
                return -1;
            }

            // Its documentation comment is read from the tokens before it, up to the previous code.
            var previousCode = index - 1;
            while (previousCode >= 0 && tokens[previousCode].Channel != TokenConstants.DefaultChannel)
            {
                previousCode--;
            }

            return previousCode >= firstMoved ? old : -1;
        }
    }

    /// <summary>Appends the old declarations from <paramref name="first"/> on and their errors, moved; false if something had no place to go.</summary>
    private static bool MoveRest(int first, ParseRecord record, SyntaxShifter shifter, TextChange change, int indexShift, int furthestBefore, List<TopLevelDeclaration> declarations, List<SyntaxError> errors, SourceText source)
    {
        var errorShift = errors.Count - record.Declarations[first].ErrorsBefore;
        foreach (var old in record.Declarations.Skip(first))
        {
            declarations.Add(Moved(old, shifter, indexShift, furthestBefore, errorShift));
        }

        foreach (var error in record.Errors.Skip(record.Declarations[first].ErrorsBefore))
        {
            var moved = error.Diagnostic is { } d ? Move(d, change, source) : null;
            if (error.Diagnostic is not null && moved is null)
            {
                return false;
            }

            errors.Add(new SyntaxError(error.TokenIndex + indexShift, moved));
        }

        return true;
    }

    private static TopLevelDeclaration Moved(TopLevelDeclaration old, SyntaxShifter shifter, int indexShift, int furthestBefore, int errorShift) => old with
    {
        StartToken = old.StartToken + indexShift,
        StopToken = old.StopToken + indexShift,
        FurthestBefore = Math.Max(old.FurthestBefore + indexShift, furthestBefore),
        ErrorsBefore = old.ErrorsBefore + errorShift,
        Syntax = old.Syntax is null ? null : shifter.Shift(old.Syntax),
    };

    private static Diagnostic? Move(Diagnostic diagnostic, TextChange change, SourceText source)
    {
        var edits = new List<TextEdit>();
        foreach (var edit in diagnostic.Fix?.Edits ?? [])
        {
            if (change.Map(edit.Span) is not { } span)
            {
                return null;
            }

            edits.Add(edit with { Span = span });
        }

        return change.Map(diagnostic.Span) is { } moved
            ? diagnostic with { Source = source, Span = moved, Fix = diagnostic.Fix is null ? null : diagnostic.Fix with { Edits = edits } }
            : null;
    }

    private static int FindStartingAt(IReadOnlyList<TopLevelDeclaration> declarations, int token)
    {
        int low = 0, high = declarations.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var start = declarations[middle].StartToken;
            if (start == token)
            {
                return middle;
            }

            if (start < token)
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

    /// <summary>Where parsing starts again, and the state a full parse had there.</summary>
    /// <param name="Declarations">How many old declarations come before it, kept as they are.</param>
    /// <param name="Token">The token index parsing restarts at.</param>
    private readonly record struct Restart(int Declarations, int Token, int FurthestBefore, int ErrorsBefore);
}
