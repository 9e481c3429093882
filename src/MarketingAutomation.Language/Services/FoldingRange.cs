using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Services;

public enum FoldingRangeKind
{
    /// <summary>A declaration, block, payload or list that spans lines.</summary>
    Region,
    /// <summary>A run of comment lines, or a block comment over several lines.</summary>
    Comment,
}

/// <summary>A foldable part of a file: from the line Span starts on to the line it ends on.</summary>
public sealed record FoldingRange(TextSpan Span, FoldingRangeKind Kind);
