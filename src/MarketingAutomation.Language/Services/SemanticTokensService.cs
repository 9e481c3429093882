using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Services;

/// <summary>
/// Semantic highlighting. Every token gets its lexical class (keyword, string, number, comment,
/// operator); what a name means is laid over it, first from the binder (which symbol it names,
/// even inside Liquid text) and then from the syntax (functions, properties, enum values).
/// </summary>
public static class SemanticTokensService
{
    public static IReadOnlyList<SemanticToken> GetTokens(Compilation compilation, SyntaxTree tree)
    {
        var text = tree.Source.Text;
        var covered = new bool[text.Length];
        var result = new List<SemanticToken>();
        foreach (var overlay in SymbolOverlays(compilation, tree).Concat(SemanticSyntaxOverlays.For(tree)))
        {
            var span = overlay.Span;
            if (span.Length == 0 || span.Start < 0 || span.End > text.Length || Enumerable.Range(span.Start, span.Length).Any(i => covered[i]))
            {
                continue;
            }

            Array.Fill(covered, true, span.Start, span.Length);
            result.Add(overlay);
        }

        foreach (var token in tree.Tokens)
        {
            if (Lexical(token.Type) is not { } type || token.StartIndex < 0 || TokenFacts.End(token) > text.Length)
            {
                continue;
            }

            // Only the parts no overlay took: a text keeps its class around the Liquid names inside it.
            var start = -1;
            for (var i = token.StartIndex; i <= TokenFacts.End(token); i++)
            {
                var free = i < TokenFacts.End(token) && !covered[i];
                if (free && start < 0)
                {
                    start = i;
                }
                else if (!free && start >= 0)
                {
                    result.Add(new SemanticToken(TextSpan.FromBounds(start, i), type, false));
                    start = -1;
                }
            }
        }

        return result.OrderBy(t => t.Span.Start).SelectMany(t => SplitLines(text, t)).ToList();
    }

    private static IEnumerable<SemanticToken> SymbolOverlays(Compilation compilation, SyntaxTree tree)
    {
        foreach (var occurrence in SymbolFinder.Occurrences(compilation, tree))
        {
            SemanticTokenType? type = occurrence.Symbol.Kind switch
            {
                SymbolKind.Contact => occurrence.IsDeclaration ? null : SemanticTokenType.Variable,
                SymbolKind.Field => SemanticTokenType.Property,
                SymbolKind.Event => SemanticTokenType.Event,
                SymbolKind.Template => SemanticTokenType.Template,
                SymbolKind.Segment => SemanticTokenType.Segment,
                SymbolKind.Score => SemanticTokenType.Score,
                SymbolKind.Stage => SemanticTokenType.Stage,
                SymbolKind.Connection => SemanticTokenType.Connection,
                SymbolKind.Journey => SemanticTokenType.Journey,
                _ => null,
            };
            if (type is { } known)
            {
                yield return new SemanticToken(occurrence.Span, known, occurrence.IsDeclaration);
            }
        }
    }

    private static SemanticTokenType? Lexical(int type) => type switch
    {
        _ when TokenFacts.IsComment(type) => SemanticTokenType.Comment,
        _ when TokenFacts.IsString(type) => SemanticTokenType.String,
        _ when TokenFacts.IsNumber(type) => SemanticTokenType.Number,
        _ when TokenFacts.IsOperator(type) => SemanticTokenType.Operator,
        _ when TokenFacts.IsKeyword(type) => SemanticTokenType.Keyword,
        _ => null,
    };

    /// <summary>Editors draw tokens line by line: a comment or text over several lines becomes one token per line.</summary>
    private static IEnumerable<SemanticToken> SplitLines(string text, SemanticToken token)
    {
        var start = token.Span.Start;
        for (var i = token.Span.Start; i <= token.Span.End; i++)
        {
            if (i == token.Span.End || text[i] is '\n' or '\r')
            {
                if (i > start)
                {
                    yield return token with { Span = TextSpan.FromBounds(start, i) };
                }

                start = i + 1;
            }
        }
    }
}
