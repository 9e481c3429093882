using Antlr4.Runtime;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Syntax.Generated;

namespace MarketingAutomation.Language.Formatting;

/// <summary>
/// What the formatter needs to know from the syntax tree and cannot see in the token stream
/// alone: where items (declarations, fields, steps, properties...) start, so that any other line
/// is a continuation; which `(` belongs to a call; which `-` or `+` is a sign; which lines align.
/// </summary>
internal sealed partial class FormattingFacts
{
    private readonly IToken[] codeTokens;
    private readonly HashSet<int> itemStarts = [];
    private readonly HashSet<int> callNames = [];
    private readonly HashSet<int> signs = [];
    private readonly Dictionary<int, AlignedItem> aligned = [];

    private FormattingFacts(IToken[] codeTokens)
    {
        this.codeTokens = codeTokens;
    }

    /// <summary>True when a token at this offset begins an item of a list (a step, a field...).</summary>
    public bool IsItemStart(int offset) => itemStarts.Contains(offset);

    /// <summary>True when the token at this offset is a function or type name directly followed by `(`.</summary>
    public bool IsCallName(int offset) => callNames.Contains(offset);

    /// <summary>True when the token at this offset is a sign written against its operand: `-5`, `+10`.</summary>
    public bool IsSign(int offset) => signs.Contains(offset);

    public AlignedItem? AlignedItemAt(int offset) => aligned.GetValueOrDefault(offset);

    public static FormattingFacts Collect(SyntaxTree tree)
    {
        var code = tree.Tokens.Where(t => t.Channel == TokenConstants.DefaultChannel && t.Type != TokenConstants.EOF).ToArray();
        var facts = new FormattingFacts(code);
        foreach (var declaration in tree.Root.Declarations)
        {
            facts.Declaration(declaration);
        }

        return facts;
    }

    private void Item(SyntaxNode node) => itemStarts.Add(node.Span.Start);

    private void Align(int start, AlignKind kind, int end, params IToken?[] anchors) => Align(start, kind, end, false, anchors);

    private void Align(int start, AlignKind kind, int end, bool singleLineOnly, params IToken?[] anchors)
    {
        // A missing anchor means the tree is not what this rule expects: leave the line alone.
        if (anchors.Length > 0 && anchors[0] is not null)
        {
            var offsets = anchors.TakeWhile(a => a is not null && a.StartIndex < end).Select(a => a?.StartIndex ?? 0).ToArray();
            aligned[start] = new AlignedItem(kind, offsets, end, singleLineOnly);
        }
    }

    /// <summary>The first code token that starts at or after <paramref name="offset"/>.</summary>
    private IToken? TokenAtOrAfter(int offset)
    {
        var index = LowerBound(offset);
        return index < codeTokens.Length ? codeTokens[index] : null;
    }

    /// <summary>The first code token that starts after the token starting at <paramref name="offset"/>.</summary>
    private IToken? TokenAfter(int offset) => TokenAtOrAfter(offset + 1);

    private IToken? TokenBefore(int offset)
    {
        var index = LowerBound(offset) - 1;
        return index >= 0 ? codeTokens[index] : null;
    }

    private int LowerBound(int offset)
    {
        var low = 0;
        var high = codeTokens.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (codeTokens[middle].StartIndex < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private IToken? FirstOfType(int from, int end, int type)
    {
        for (var index = LowerBound(from); index < codeTokens.Length && codeTokens[index].StartIndex < end; index++)
        {
            if (codeTokens[index].Type == type)
            {
                return codeTokens[index];
            }
        }

        return null;
    }

    private static bool Is(IToken? token, params int[] types) => token is not null && types.Contains(token.Type);
}
