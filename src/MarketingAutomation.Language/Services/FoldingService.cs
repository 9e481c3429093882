using Antlr4.Runtime;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Syntax.Generated;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Services;

/// <summary>
/// Folding ranges, read from the tokens (brackets that span lines, comment runs) and from the
/// declarations (a segment's condition over several lines has no brackets), so they work on
/// files that do not parse.
/// </summary>
public static class FoldingService
{
    public static IReadOnlyList<FoldingRange> GetFoldingRanges(SyntaxTree tree)
    {
        var source = tree.Source;
        var ranges = new List<FoldingRange>();
        ranges.AddRange(tree.Root.Declarations.Select(d => new FoldingRange(d.Span, FoldingRangeKind.Region)));
        ranges.AddRange(Brackets(tree.Tokens));
        ranges.AddRange(Comments(source, tree.Tokens));

        // Editors keep one range per start line; the widest says most.
        return ranges
            .Where(r => r.Span.End <= source.Text.Length && Line(source, r.Span.Start) < Line(source, LastCharacter(r.Span)))
            .GroupBy(r => Line(source, r.Span.Start))
            .Select(g => g.OrderByDescending(r => r.Span.End).First())
            .OrderBy(r => r.Span.Start)
            .ToList();
    }

    private static IEnumerable<FoldingRange> Brackets(IReadOnlyList<IToken> tokens)
    {
        var open = new Stack<IToken>();
        foreach (var token in tokens.Where(TokenFacts.IsSignificant))
        {
            switch (token.Type)
            {
                case JourneyLexer.LBRACE or JourneyLexer.LBRACKET or JourneyLexer.LPAREN:
                    open.Push(token);
                    break;
                case JourneyLexer.RBRACE or JourneyLexer.RBRACKET or JourneyLexer.RPAREN when open.Count > 0:
                    var start = open.Pop();
                    yield return new FoldingRange(TextSpan.FromBounds(start.StartIndex, TokenFacts.End(token)), FoldingRangeKind.Region);
                    break;
            }
        }
    }

    /// <summary>Block comments, and runs of line comments that each start their own line.</summary>
    private static IEnumerable<FoldingRange> Comments(SourceText source, IReadOnlyList<IToken> tokens)
    {
        IToken? runStart = null;
        IToken? runEnd = null;
        IToken? previous = null;
        foreach (var token in tokens.Where(t => t.Type != JourneyLexer.WS && t.Type != TokenConstants.EOF))
        {
            var ownLine = previous is null || Line(source, LastCharacter(Span(previous))) < Line(source, token.StartIndex);
            if (token.Type == JourneyLexer.LINE_COMMENT && ownLine)
            {
                if (runEnd is not null && Line(source, token.StartIndex) == Line(source, runEnd.StartIndex) + 1)
                {
                    runEnd = token;
                }
                else
                {
                    if (Run(runStart, runEnd) is { } run)
                    {
                        yield return run;
                    }

                    runStart = runEnd = token;
                }
            }
            else if (token.Type is JourneyLexer.BLOCK_COMMENT or JourneyLexer.UNTERMINATED_COMMENT)
            {
                yield return new FoldingRange(Span(token), FoldingRangeKind.Comment);
            }

            previous = token;
        }

        if (Run(runStart, runEnd) is { } last)
        {
            yield return last;
        }
    }

    private static FoldingRange? Run(IToken? start, IToken? end) =>
        start is null || end is null || start == end ? null : new FoldingRange(TextSpan.FromBounds(start.StartIndex, TokenFacts.End(end)), FoldingRangeKind.Comment);

    private static TextSpan Span(IToken token) => TextSpan.FromBounds(token.StartIndex, TokenFacts.End(token));

    private static int LastCharacter(TextSpan span) => Math.Max(span.Start, span.End - 1);

    private static int Line(SourceText source, int offset) => source.GetLinePosition(offset).Line;
}
