namespace MarketingAutomation.Language.Liquid;

internal enum BlockKind
{
    If,
    Unless,
    Case,
    For,
    Capture,
}

internal enum SectionKind
{
    Opening,
    Elsif,
    When,
    Else,
}

/// <summary>
/// One tag of an open block (its opening tag, an elsif, a when or the else) and the body after it.
/// Expression is the condition of an if, unless or elsif, or the subject of a case.
/// </summary>
internal sealed record BlockSection(SectionKind Kind, TagSegment Tag, LiquidExpression? Expression, IReadOnlyList<LiquidExpression> Values)
{
    public List<LiquidNode> Body { get; } = [];
}

/// <summary>
/// A block whose end tag has not been seen yet. Detached blocks are nested too deeply to keep:
/// they are still tracked, so their end tags match, but their nodes are dropped.
/// </summary>
internal sealed class BlockFrame(BlockKind kind, BlockSection opening, bool detached)
{
    public BlockKind Kind => kind;

    public bool Detached => detached;

    public TagSegment OpeningTag => opening.Tag;

    public List<BlockSection> Sections { get; } = [opening];

    public ForHeader? For { get; init; }

    public string CaptureName { get; init; } = string.Empty;

    /// <summary>Set once content before a case's first when was reported, so it is reported once.</summary>
    public bool ReportedCaseContent { get; set; }

    public bool HasElse => Sections.Exists(section => section.Kind == SectionKind.Else);

    public List<LiquidNode> CurrentBody => Sections[^1].Body;

    public string Name => kind.ToString().ToLowerInvariant();

    public bool Accepts(SectionKind section) => section switch
    {
        SectionKind.Elsif => kind is BlockKind.If or BlockKind.Unless,
        SectionKind.When => kind is BlockKind.Case,
        SectionKind.Else => kind is not BlockKind.Capture,
        _ => false,
    };

    /// <summary>Builds the finished node; <paramref name="end"/> is where the block's text ends.</summary>
    public LiquidNode Build(int end, int bodyEnd)
    {
        var offset = opening.Tag.Offset;
        var elseBody = Sections.Find(section => section.Kind == SectionKind.Else)?.Body;
        switch (kind)
        {
            case BlockKind.If:
                return new LiquidIfNode(Branches(bodyEnd), elseBody, offset, end - offset);
            case BlockKind.Unless:
                return new LiquidUnlessNode(Branches(bodyEnd), elseBody, offset, end - offset);
            case BlockKind.Case:
                var whens = new List<LiquidWhenBranch>();
                for (var i = 0; i < Sections.Count; i++)
                {
                    if (Sections[i].Kind == SectionKind.When)
                    {
                        var (start, length) = SectionSpan(i, bodyEnd);
                        whens.Add(new LiquidWhenBranch(Sections[i].Values, Sections[i].Body, start, length));
                    }
                }

                return new LiquidCaseNode(opening.Expression ?? Missing(), whens, elseBody, offset, end - offset);
            case BlockKind.For:
                var header = For ?? new ForHeader(string.Empty, Missing(), null, null, false);
                return new LiquidForNode(header.Variable, header.Collection, header.Limit, header.Skip, header.Reversed, opening.Body, elseBody, offset, end - offset);
            default:
                return new LiquidCaptureNode(CaptureName, opening.Body, offset, end - offset);
        }
    }

    private List<LiquidConditionalBranch> Branches(int bodyEnd)
    {
        var branches = new List<LiquidConditionalBranch>();
        for (var i = 0; i < Sections.Count; i++)
        {
            if (Sections[i].Kind is SectionKind.Opening or SectionKind.Elsif)
            {
                var (start, length) = SectionSpan(i, bodyEnd);
                branches.Add(new LiquidConditionalBranch(Sections[i].Expression ?? Missing(), Sections[i].Body, start, length));
            }
        }

        return branches;
    }

    /// <summary>A section runs from its tag to the next section's tag, or to the block's end tag.</summary>
    private (int Offset, int Length) SectionSpan(int index, int bodyEnd)
    {
        var start = Sections[index].Tag.Offset;
        var end = index + 1 < Sections.Count ? Sections[index + 1].Tag.Offset : bodyEnd;
        return (start, end - start);
    }

    private LiquidMissingExpression Missing() => new(opening.Tag.Offset);
}
