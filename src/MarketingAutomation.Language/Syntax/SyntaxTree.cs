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
    private SyntaxTree(SourceText source, CompilationUnitSyntax root, IReadOnlyList<IToken> tokens, IReadOnlyList<Diagnostic> diagnostics)
    {
        Source = source;
        Root = root;
        Tokens = tokens;
        Diagnostics = diagnostics;
    }

    public SourceText Source { get; }

    public CompilationUnitSyntax Root { get; }

    /// <summary>Every token of the file in order, on all channels (whitespace, comments), ending with EOF.</summary>
    public IReadOnlyList<IToken> Tokens { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public static SyntaxTree Parse(SourceText source)
    {
        var diagnostics = new DiagnosticBag();
        var tokens = Lex(source.Text);
        ReportLexicalErrors(source, tokens, diagnostics);

        if (NestingGuard.FindTooDeep(tokens.GetTokens()) is { } tooDeep)
        {
            diagnostics.ReportNestingTooDeep(source, TextSpan.FromBounds(tooDeep.StartIndex, tooDeep.StopIndex + 1));
            var empty = new CompilationUnitSyntax([], new TextSpan(0, source.Text.Length));
            return new SyntaxTree(source, empty, tokens.GetTokens().ToArray(), diagnostics.ToList());
        }

        var context = ParseCompilationUnit(source, tokens, diagnostics);
        var builder = new SyntaxTreeBuilder(source, tokens);
        var root = builder.BuildCompilationUnit(context);
        return new SyntaxTree(source, root, tokens.GetTokens().ToArray(), diagnostics.ToList());
    }

    private static CommonTokenStream Lex(string text)
    {
        var lexer = new JourneyLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        var tokens = new CommonTokenStream(lexer);
        tokens.Fill();
        return tokens;
    }

    // The lexer never fails: odd input becomes a token of its own, reported here once.
    private static void ReportLexicalErrors(SourceText source, CommonTokenStream tokens, DiagnosticBag diagnostics)
    {
        foreach (var token in tokens.GetTokens())
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
    private static JourneyParser.CompilationUnitContext ParseCompilationUnit(SourceText source, CommonTokenStream tokens, DiagnosticBag diagnostics)
    {
        var parser = new JourneyParser(tokens);
        parser.RemoveErrorListeners();
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        try
        {
            return parser.compilationUnit();
        }
        catch (ParseCanceledException)
        {
            tokens.Seek(0);
            parser.Reset();
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            var strategy = new SyntaxErrorStrategy(source);
            parser.ErrorHandler = strategy;
            var context = parser.compilationUnit();
            foreach (var error in strategy.FirstErrorPerDeclaration(context))
            {
                diagnostics.Add(error);
            }

            return context;
        }
    }
}
