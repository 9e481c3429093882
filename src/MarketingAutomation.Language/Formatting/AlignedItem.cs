namespace MarketingAutomation.Language.Formatting;

/// <summary>The kinds of line whose columns are lined up with their neighbours of the same kind.</summary>
internal enum AlignKind
{
    /// <summary>`email : email` in a contact or event block: the colon lines up.</summary>
    Field,

    /// <summary>`subject "..."` / `body file "..."`: the values line up.</summary>
    TemplatePart,

    /// <summary>`template sms name "..."` on one line: the names and the texts line up.</summary>
    InlineTemplate,

    /// <summary>`on order_placed +25 where ... max 3 per 1d`: the points, the filter and the cap line up.</summary>
    ScoreRule,

    /// <summary>`email welcome_1` inside `send preferred`: the templates line up.</summary>
    PreferredOption,

    /// <summary>`received { ... }` / `timeout { ... }`: the blocks line up.</summary>
    WaitBranch,

    /// <summary>`a 50% { ... }`: the percentages line up.</summary>
    SplitArm,

    /// <summary>`at 0s event ...` in a test: the actions line up.</summary>
    TestAt,

    /// <summary>`event signed_up { source: text }` on one line: the field lists line up.</summary>
    EventLine,

    /// <summary>`key: value` on its own line in an object: the values line up.</summary>
    Property,
}

/// <summary>
/// A construct whose line may be aligned: its kind, the source offsets of the tokens that start
/// its columns, and the offset just past its end.
/// </summary>
/// <param name="SingleLineOnly">Only aligned when the whole construct fits on its first line.</param>
internal sealed record AlignedItem(AlignKind Kind, IReadOnlyList<int> Anchors, int End, bool SingleLineOnly);
