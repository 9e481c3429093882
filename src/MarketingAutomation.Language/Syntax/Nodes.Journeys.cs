using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Syntax;

/// <summary>A journey: its clauses (trigger, entry rule, goal, exits, holdout) and its steps, in source order.</summary>
public sealed record JourneyDeclarationSyntax(
    NameSyntax Name,
    IReadOnlyList<JourneyClauseSyntax> Clauses,
    IReadOnlyList<StatementSyntax> Steps,
    IReadOnlyList<SyntaxNode> Items,
    TextSpan Span) : DeclarationSyntax(Span);

public abstract record JourneyClauseSyntax(TextSpan Span) : SyntaxNode(Span);

public sealed record TriggerClauseSyntax(TriggerSyntax Trigger, TextSpan Span) : JourneyClauseSyntax(Span);

/// <summary>`entry once`, or `entry every time[, at most once per 7d]`.</summary>
public sealed record EntryClauseSyntax(bool Once, DurationLiteralSyntax? MinimumGap, TextSpan Span) : JourneyClauseSyntax(Span);

/// <summary>`goal X [where ...] [within 30d]`: X is an event or a condition.</summary>
public sealed record GoalClauseSyntax(ExpressionSyntax Condition, ExpressionSyntax? Filter, DurationLiteralSyntax? Window, TextSpan Span) : JourneyClauseSyntax(Span);

/// <summary>`leave when X [where ...]`: X is an event or a condition.</summary>
public sealed record LeaveClauseSyntax(ExpressionSyntax Condition, ExpressionSyntax? Filter, TextSpan Span) : JourneyClauseSyntax(Span);

public sealed record HoldoutClauseSyntax(PercentLiteralSyntax Percent, TextSpan Span) : JourneyClauseSyntax(Span);

public abstract record TriggerSyntax(TextSpan Span) : SyntaxNode(Span);

public sealed record EventTriggerSyntax(EventReferenceSyntax Event, ExpressionSyntax? Filter, TextSpan Span) : TriggerSyntax(Span);

public sealed record SegmentTriggerSyntax(NameSyntax Segment, bool Enters, TextSpan Span) : TriggerSyntax(Span);

public sealed record StageTriggerSyntax(NameSyntax Stage, TextSpan Span) : TriggerSyntax(Span);

/// <summary>`yearly contact.birthday at 09:00 local` (Yearly) or `date contact.renewal - 7d at 10:00 local`.</summary>
public sealed record DateTriggerSyntax(bool Yearly, ExpressionSyntax Date, TimeLiteralSyntax At, TimeZoneKind Zone, TextSpan Span) : TriggerSyntax(Span);

public sealed record InactivityTriggerSyntax(DurationLiteralSyntax Period, TextSpan Span) : TriggerSyntax(Span);

public sealed record AbsenceTriggerSyntax(EventReferenceSyntax Event, DurationLiteralSyntax Period, TextSpan Span) : TriggerSyntax(Span);

public sealed record ScheduleTriggerSyntax(DateLiteralSyntax Date, TimeLiteralSyntax At, TimeZoneKind Zone, NameSyntax Segment, TextSpan Span) : TriggerSyntax(Span);

/// <summary>`every monday at 09:00 local for vip` (Day is a weekday, `day` or `weekday`).</summary>
public sealed record RecurringTriggerSyntax(NameSyntax Day, TimeLiteralSyntax At, TimeZoneKind Zone, NameSyntax Segment, TextSpan Span) : TriggerSyntax(Span);

public abstract record StatementSyntax(TextSpan Span) : SyntaxNode(Span);

public sealed record BlockSyntax(IReadOnlyList<StatementSyntax> Statements, TextSpan Span) : SyntaxNode(Span);

public sealed record SendStatementSyntax(NameSyntax Channel, NameSyntax Template, ObjectLiteralSyntax? Arguments, bool AtBestTime, TextSpan Span) : StatementSyntax(Span);

public sealed record PreferredOptionSyntax(NameSyntax Channel, NameSyntax Template, ObjectLiteralSyntax? Arguments, TextSpan Span) : SyntaxNode(Span);

public sealed record SendPreferredStatementSyntax(IReadOnlyList<PreferredOptionSyntax> Options, bool AtBestTime, TextSpan Span) : StatementSyntax(Span);

public sealed record WaitStatementSyntax(ExpressionSyntax Duration, TextSpan Span) : StatementSyntax(Span);

public sealed record WaitUntilStatementSyntax(ExpressionSyntax Moment, TimeZoneKind Zone, bool WeekdaysOnly, TextSpan Span) : StatementSyntax(Span);

public sealed record WaitForStatementSyntax(
    EventReferenceSyntax Event,
    ExpressionSyntax? Filter,
    ExpressionSyntax Timeout,
    BlockSyntax? Received,
    BlockSyntax? TimedOut,
    IReadOnlyList<NameSyntax> BranchKeywords,
    TextSpan Span) : StatementSyntax(Span);

public sealed record ConditionalBranchSyntax(ExpressionSyntax Condition, BlockSyntax Body, TextSpan Span) : SyntaxNode(Span);

/// <summary>`if c {..} else if c {..} else {..}`: the first branch is the `if`.</summary>
public sealed record IfStatementSyntax(IReadOnlyList<ConditionalBranchSyntax> Branches, BlockSyntax? Else, TextSpan Span) : StatementSyntax(Span);

public sealed record SplitArmSyntax(NameSyntax Name, PercentLiteralSyntax Percent, BlockSyntax Body, TextSpan Span) : SyntaxNode(Span);

public sealed record SplitStatementSyntax(StringLiteralSyntax Name, IReadOnlyList<SplitArmSyntax> Arms, TextSpan Span) : StatementSyntax(Span);

public sealed record SetStatementSyntax(ExpressionSyntax Target, ExpressionSyntax Value, TextSpan Span) : StatementSyntax(Span);

public sealed record TagStatementSyntax(StringLiteralSyntax Tag, bool Remove, TextSpan Span) : StatementSyntax(Span);

public sealed record ScoreStatementSyntax(NameSyntax Score, bool Subtract, ExpressionSyntax Amount, TextSpan Span) : StatementSyntax(Span);

public sealed record StageStatementSyntax(NameSyntax Stage, TextSpan Span) : StatementSyntax(Span);

public sealed record PostStatementSyntax(NameSyntax Connection, ObjectLiteralSyntax? Payload, TextSpan Span) : StatementSyntax(Span);

public sealed record NotifyStatementSyntax(StringLiteralSyntax Message, TextSpan Span) : StatementSyntax(Span);

public sealed record EmitStatementSyntax(EventReferenceSyntax Event, ObjectLiteralSyntax? Payload, ExpressionSyntax Recipient, TextSpan Span) : StatementSyntax(Span);

public sealed record StartJourneyStatementSyntax(NameSyntax Journey, TextSpan Span) : StatementSyntax(Span);

public sealed record ExitStatementSyntax(TextSpan Span) : StatementSyntax(Span);
