using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Syntax.Generated;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Syntax;

/// <summary>
/// One parsed file: its immutable tree, its tokens (comments included, for the formatter and
/// editor features) and its syntax diagnostics. Parsing never throws, whatever the text.
/// </summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText source, CompilationUnitSyntax root, IReadOnlyList<IToken> tokens, IReadOnlyList<Diagnostic> diagnostics, ParseRecord? record)
    {
        Source = source;
        Root = root;
        Tokens = tokens;
        Diagnostics = diagnostics;
        Record = record;
    }

    public SourceText Source { get; }

    public CompilationUnitSyntax Root { get; }

    /// <summary>Every token of the file in order, on all channels (whitespace, comments), ending with EOF.</summary>
    public IReadOnlyList<IToken> Tokens { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>How the parser went through the declarations; null when the file was refused unparsed.</summary>
    internal ParseRecord? Record { get; }

    public static SyntaxTree Parse(SourceText source) => Parse(source, startWithSll: true);

    /// <summary>
    /// The tree of a new version of this file: always the tree <see cref="Parse(SourceText)"/>
    /// gives, but made by re-parsing only the declarations the edit reached when that is safe
    /// (<see cref="IncrementalParser"/>). An editor re-parses on every keystroke.
    /// </summary>
    public SyntaxTree WithChangedText(SourceText source) => IncrementalParser.Reparse(this, source);

    /// <param name="startWithSll">
    /// Try ANTLR's fast SLL mode first; false when it is known to fail, so only LL mode runs.
    /// </param>
    internal static SyntaxTree Parse(SourceText source, bool startWithSll)
    {
        var lexer = NewLexer(new TextCharStream(source.Text));
        var tokens = Lex(lexer);
        var lexical = LexicalErrors(source, tokens);
        if (NestingGuard.FindTooDeep(tokens) is { } tooDeep)
        {
            var refused = new DiagnosticBag();
            refused.ReportNestingTooDeep(source, TextSpan.FromBounds(tooDeep.StartIndex, tooDeep.StopIndex + 1));
            var empty = new CompilationUnitSyntax([], new TextSpan(0, source.Text.Length));
            return new SyntaxTree(source, empty, tokens, [.. lexical, .. refused.ToList()], null);
        }

        var (parser, buffer) = ParseCompilationUnit(source, lexer, tokens, startWithSll);
        var builder = new SyntaxTreeBuilder(source, buffer);
        var declarations = parser.Declarations.Select(d => d.Build(builder, d.FurthestBefore, d.ErrorsBefore)).ToList();
        var record = new ParseRecord(parser.Strategy is not null, declarations, parser.Strategy?.Errors ?? []);
        return Create(source, tokens, lexical, record);
    }

    /// <summary>A tree from its parts; the root and syntax diagnostics follow from the record.</summary>
    internal static SyntaxTree Create(SourceText source, IReadOnlyList<IToken> tokens, IReadOnlyList<Diagnostic> lexicalErrors, ParseRecord record)
    {
        var declarations = record.Declarations.Select(d => d.Syntax).OfType<DeclarationSyntax>().ToList();
        var root = new CompilationUnitSyntax(declarations, new TextSpan(0, source.Text.Length));
        return new SyntaxTree(source, root, tokens, [.. lexicalErrors, .. record.ReportedErrors()], record);
    }

    internal static JourneyLexer NewLexer(ICharStream input)
    {
        var lexer = new JourneyLexer(input) { TokenFactory = OwnTextTokens.Factory };
        lexer.RemoveErrorListeners();
        return lexer;
    }

    private static List<IToken> Lex(JourneyLexer lexer)
    {
        var tokens = new List<IToken>();
        IToken token;
        do
        {
            token = lexer.NextToken();
            ((CommonToken)token).TokenIndex = tokens.Count;
            tokens.Add(token);
        }
        while (token.Type != TokenConstants.EOF);

        return tokens;
    }

    // The lexer never fails: odd input becomes a token of its own, reported here once.
    internal static IReadOnlyList<Diagnostic> LexicalErrors(SourceText source, IReadOnlyList<IToken> tokens)
    {
        var diagnostics = new DiagnosticBag();
        foreach (var token in tokens)
        {
            var span = TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);
            switch (token.Type)
            {
                case JourneyLexer.BAD_CHARACTER:
                    diagnostics.ReportUnexpectedCharacter(source, span, token.Text);
                    break;
                case JourneyLexer.UNTERMINATED_STRING:
                    diagnostics.ReportUnterminatedString(source, span);
                    break;
                case JourneyLexer.STRING_LITERAL:
                    ReportInvalidEscapes(source, token, diagnostics);
                    break;
                case JourneyLexer.UNTERMINATED_COMMENT:
                    diagnostics.ReportUnterminatedComment(source, new TextSpan(token.StartIndex, 2));
                    break;
            }
        }

        return diagnostics.ToList();
    }

    private static void ReportInvalidEscapes(SourceText source, IToken token, DiagnosticBag diagnostics)
    {
        var text = token.Text;
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] != '\\')
            {
                continue;
            }

            var next = text[i + 1];
            var valid = next is '"' or '\\' or 'n' or 'r' or 't'
                || (next == 'u' && i + 5 < text.Length && text.AsSpan(i + 2, 4).ToString().All(char.IsAsciiHexDigit));
            if (!valid)
            {
                diagnostics.ReportInvalidEscape(source, new TextSpan(token.StartIndex + i, 2), text.Substring(i, 2));
            }

            i++;
        }
    }

    // Two-stage parsing, as ANTLR recommends: the fast SLL mode is enough for almost every file;
    // only a file it cannot parse is parsed again in full LL mode with error recovery.
    private static (RecordingParser Parser, TokenBuffer Tokens) ParseCompilationUnit(SourceText source, ITokenSource lexer, List<IToken> tokens, bool startWithSll)
    {
        if (startWithSll)
        {
            var buffer = new TokenBuffer(lexer, tokens);
            var parser = NewParser(buffer, source, fullContext: false);
            try
            {
                parser.compilationUnit();
                return (parser, buffer);
            }
            catch (ParseCanceledException)
            {
                // Parsed again below, from a fresh buffer so its record of lookahead starts over.
            }
        }

        var again = new TokenBuffer(lexer, tokens);
        var recovering = NewParser(again, source, fullContext: true);
        recovering.compilationUnit();
        return (recovering, again);
    }

    /// <summary>A parser in LL mode with our error recovery, or in SLL mode that gives up at the first error.</summary>
    internal static RecordingParser NewParser(TokenBuffer tokens, SourceText source, bool fullContext, Func<int, bool>? stopBefore = null)
    {
        var parser = new RecordingParser(tokens) { StopBefore = stopBefore };
        parser.Interpreter.PredictionMode = fullContext ? PredictionMode.LL : PredictionMode.SLL;
        parser.ErrorHandler = fullContext ? new SyntaxErrorStrategy(source) : new BailErrorStrategy();
        return parser;
    }
}
