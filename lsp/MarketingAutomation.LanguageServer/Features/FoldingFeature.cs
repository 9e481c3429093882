using MarketingAutomation.Language.Services;
using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.LanguageServer.Features;

internal static class FoldingFeature
{
    public static IReadOnlyList<Protocol.FoldingRange> Get(SyntaxTree tree)
    {
        var source = tree.Source;
        var ranges = new List<Protocol.FoldingRange>();
        foreach (var range in FoldingService.GetFoldingRanges(tree))
        {
            var start = source.GetLinePosition(range.Span.Start).Line;
            var end = source.GetLinePosition(range.Span.End).Line;

            // A block whose closing bracket stands on its own line folds up to the line before,
            // so the bracket stays in sight, as editors fold code.
            if (range.Kind == FoldingRangeKind.Region && source.GetLineText(end).Trim() is "}" or "]" or ")")
            {
                end--;
            }

            if (end > start)
            {
                ranges.Add(new Protocol.FoldingRange(start, end, range.Kind == FoldingRangeKind.Comment ? "comment" : null));
            }
        }

        return ranges;
    }
}
