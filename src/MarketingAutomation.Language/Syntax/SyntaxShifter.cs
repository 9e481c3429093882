using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Syntax;

/// <summary>
/// Copies syntax to its place in a new version of the text: every span mapped through
/// <see cref="TextChange.Map"/>, everything else kept. Used for the declarations after an edit,
/// which a re-parse would only have moved. A span with no place in the new text (inside the
/// change) sets <see cref="Failed"/>, and the caller parses the file in full instead.
/// </summary>
/// <remarks>
/// Each node type is listed, so a new one fails loudly here (and in the test that shifts every
/// type) instead of silently keeping old positions.
/// </remarks>
internal sealed class SyntaxShifter(TextChange change)
{
    public bool Failed { get; private set; }

    public DeclarationSyntax Shift(DeclarationSyntax declaration) => Node(declaration);

    /// <summary>The node moved, whatever its type; internal so the test can check every type.</summary>
    internal SyntaxNode Any(SyntaxNode node) => node switch
    {
        NameSyntax n => n with { Span = S(n.Span) },
        ContactDeclarationSyntax d => d with { Fields = List(d.Fields), KeywordSpan = S(d.KeywordSpan), Span = S(d.Span) },
        EventDeclarationSyntax d => d with { Name = Node(d.Name), Fields = List(d.Fields), Span = S(d.Span) },
        FieldDeclarationSyntax f => f with { Name = Node(f.Name), Type = Node(f.Type), Default = Optional(f.Default), Span = S(f.Span) },
        NamedTypeSyntax t => t with { Name = Node(t.Name), Span = S(t.Span) },
        EnumTypeSyntax t => t with { Values = List(t.Values), Span = S(t.Span) },
        ListTypeSyntax t => t with { ElementType = Node(t.ElementType), Span = S(t.Span) },
        TemplateDeclarationSyntax d => d with { Channel = Node(d.Channel), Name = Node(d.Name), Parts = List(d.Parts), Span = S(d.Span) },
        TemplatePartSyntax p => p with { Value = Node(p.Value), Span = S(p.Span) },
        SegmentDeclarationSyntax d => d with { Name = Node(d.Name), Condition = Node(d.Condition), Span = S(d.Span) },
        ScoreDeclarationSyntax d => d with { Name = Node(d.Name), Rules = List(d.Rules), Span = S(d.Span) },
        ScoreOnRuleSyntax r => r with { Event = Node(r.Event), Filter = Optional(r.Filter), Points = Node(r.Points), Cap = Optional(r.Cap), Span = S(r.Span) },
        IntLimitSyntax l => l with { CountSpan = S(l.CountSpan), Period = Node(l.Period), Span = S(l.Span) },
        ScoreDecayRuleSyntax r => r with { Percent = Node(r.Percent), Period = Node(r.Period), Span = S(r.Span) },
        LifecycleDeclarationSyntax d => d with { Stages = List(d.Stages), Span = S(d.Span) },
        PolicyDeclarationSyntax d => d with { Rules = List(d.Rules), Span = S(d.Span) },
        QuietHoursRuleSyntax r => r with { From = Node(r.From), To = Node(r.To), Span = S(r.Span) },
        FrequencyCapRuleSyntax r => r with { Channel = Node(r.Channel), Limit = Node(r.Limit), Span = S(r.Span) },
        ConnectionDeclarationSyntax d => d with { Name = Node(d.Name), Span = S(d.Span) },
        JourneyDeclarationSyntax d => Journey(d),
        TestDeclarationSyntax d => d with { Name = Node(d.Name), Journey = Node(d.Journey), Items = List(d.Items), Span = S(d.Span) },
        _ => Expressions(node) ?? JourneyParts(node) ?? throw new NotSupportedException($"{node.GetType().Name} cannot be moved."),
    };

    private SyntaxNode? Expressions(SyntaxNode node) => node switch
    {
        MissingExpressionSyntax e => e with { Span = S(e.Span) },
        NameExpressionSyntax e => new NameExpressionSyntax(Node(e.Name)),
        MemberExpressionSyntax e => e with { Target = Node(e.Target), Member = Node(e.Member), Span = S(e.Span) },
        ArgumentSyntax a => a with { Value = Node(a.Value), Within = Optional(a.Within), Span = S(a.Span) },
        CallExpressionSyntax e => e with { Function = Node(e.Function), Arguments = List(e.Arguments), Span = S(e.Span) },
        IsSetExpressionSyntax e => e with { Operand = Node(e.Operand), Span = S(e.Span) },
        HasTagExpressionSyntax e => e with { Tag = Node(e.Tag), Span = S(e.Span) },
        ListExpressionSyntax e => e with { Items = List(e.Items), Span = S(e.Span) },
        ParenthesizedExpressionSyntax e => e with { Inner = Node(e.Inner), Span = S(e.Span) },
        UnaryExpressionSyntax e => e with { Operand = Node(e.Operand), Span = S(e.Span) },
        BinaryExpressionSyntax e => e with { Left = Node(e.Left), OperatorSpan = S(e.OperatorSpan), Right = Node(e.Right), Span = S(e.Span) },
        ObjectLiteralSyntax o => o with { Properties = List(o.Properties), Span = S(o.Span) },
        PropertySyntax p => p with { Name = Node(p.Name), Value = Node(p.Value), Span = S(p.Span) },
        EventReferenceSyntax r => r with { Namespace = Optional(r.Namespace), Name = Node(r.Name), Span = S(r.Span) },
        StringLiteralSyntax l => l with { Span = S(l.Span) },
        NumberLiteralSyntax l => l with { Span = S(l.Span) },
        DurationLiteralSyntax l => l with { Span = S(l.Span) },
        PercentLiteralSyntax l => l with { Span = S(l.Span) },
        TimeLiteralSyntax l => l with { Span = S(l.Span) },
        DateLiteralSyntax l => l with { Span = S(l.Span) },
        BoolLiteralSyntax l => l with { Span = S(l.Span) },
        _ => null,
    };

    private SyntaxNode? JourneyParts(SyntaxNode node) => node switch
    {
        TriggerClauseSyntax c => c with { Trigger = Node(c.Trigger), Span = S(c.Span) },
        EntryClauseSyntax c => c with { MinimumGap = Optional(c.MinimumGap), Span = S(c.Span) },
        GoalClauseSyntax c => c with { Condition = Node(c.Condition), Filter = Optional(c.Filter), Window = Optional(c.Window), Span = S(c.Span) },
        LeaveClauseSyntax c => c with { Condition = Node(c.Condition), Filter = Optional(c.Filter), Span = S(c.Span) },
        HoldoutClauseSyntax c => c with { Percent = Node(c.Percent), Span = S(c.Span) },
        EventTriggerSyntax t => t with { Event = Node(t.Event), Filter = Optional(t.Filter), Span = S(t.Span) },
        SegmentTriggerSyntax t => t with { Segment = Node(t.Segment), Span = S(t.Span) },
        StageTriggerSyntax t => t with { Stage = Node(t.Stage), Span = S(t.Span) },
        DateTriggerSyntax t => t with { Date = Node(t.Date), At = Node(t.At), Span = S(t.Span) },
        InactivityTriggerSyntax t => t with { Period = Node(t.Period), Span = S(t.Span) },
        AbsenceTriggerSyntax t => t with { Event = Node(t.Event), Period = Node(t.Period), Span = S(t.Span) },
        ScheduleTriggerSyntax t => t with { Date = Node(t.Date), At = Node(t.At), Segment = Node(t.Segment), Span = S(t.Span) },
        RecurringTriggerSyntax t => t with { Day = Node(t.Day), At = Node(t.At), Segment = Node(t.Segment), Span = S(t.Span) },
        BlockSyntax b => b with { Statements = List(b.Statements), Span = S(b.Span) },
        SendStatementSyntax s => s with { Channel = Node(s.Channel), Template = Node(s.Template), Arguments = Optional(s.Arguments), Span = S(s.Span) },
        PreferredOptionSyntax o => o with { Channel = Node(o.Channel), Template = Node(o.Template), Arguments = Optional(o.Arguments), Span = S(o.Span) },
        SendPreferredStatementSyntax s => s with { Options = List(s.Options), Span = S(s.Span) },
        WaitStatementSyntax s => s with { Duration = Node(s.Duration), Span = S(s.Span) },
        WaitUntilStatementSyntax s => s with { Moment = Node(s.Moment), Span = S(s.Span) },
        WaitForStatementSyntax s => s with
        {
            Event = Node(s.Event), Filter = Optional(s.Filter), Timeout = Node(s.Timeout), Received = Optional(s.Received),
            TimedOut = Optional(s.TimedOut), BranchKeywords = List(s.BranchKeywords), Span = S(s.Span),
        },
        ConditionalBranchSyntax b => b with { Condition = Node(b.Condition), Body = Node(b.Body), Span = S(b.Span) },
        IfStatementSyntax s => s with { Branches = List(s.Branches), Else = Optional(s.Else), Span = S(s.Span) },
        SplitArmSyntax a => a with { Name = Node(a.Name), Percent = Node(a.Percent), Body = Node(a.Body), Span = S(a.Span) },
        SplitStatementSyntax s => s with { Name = Node(s.Name), Arms = List(s.Arms), Span = S(s.Span) },
        SetStatementSyntax s => s with { Target = Node(s.Target), Value = Node(s.Value), Span = S(s.Span) },
        TagStatementSyntax s => s with { Tag = Node(s.Tag), Span = S(s.Span) },
        ScoreStatementSyntax s => s with { Score = Node(s.Score), Amount = Node(s.Amount), Span = S(s.Span) },
        StageStatementSyntax s => s with { Stage = Node(s.Stage), Span = S(s.Span) },
        PostStatementSyntax s => s with { Connection = Node(s.Connection), Payload = Optional(s.Payload), Span = S(s.Span) },
        NotifyStatementSyntax s => s with { Message = Node(s.Message), Span = S(s.Span) },
        EmitStatementSyntax s => s with { Event = Node(s.Event), Payload = Optional(s.Payload), Recipient = Node(s.Recipient), Span = S(s.Span) },
        StartJourneyStatementSyntax s => s with { Journey = Node(s.Journey), Span = S(s.Span) },
        ExitStatementSyntax s => s with { Span = S(s.Span) },
        TestContactSyntax t => t with { Profile = Node(t.Profile), Span = S(t.Span) },
        TestEventSyntax t => t with { At = Node(t.At), Event = Node(t.Event), Payload = Optional(t.Payload), Span = S(t.Span) },
        TestSetSyntax t => t with { At = Node(t.At), Target = Node(t.Target), Value = Node(t.Value), Span = S(t.Span) },
        TestExpectSyntax t => t with { Channel = Optional(t.Channel), Subject = Optional(t.Subject), Tag = Optional(t.Tag), At = Optional(t.At), Span = S(t.Span) },
        _ => null,
    };

    // Items holds the very nodes of Clauses and Steps, in source order; the copies share them too.
    private JourneyDeclarationSyntax Journey(JourneyDeclarationSyntax journey)
    {
        var items = List(journey.Items);
        return journey with
        {
            Name = Node(journey.Name),
            Clauses = items.OfType<JourneyClauseSyntax>().ToList(),
            Steps = items.OfType<StatementSyntax>().ToList(),
            Items = items,
            Span = S(journey.Span),
        };
    }

    private T Node<T>(T node)
        where T : SyntaxNode => (T)Any(node);

    private T? Optional<T>(T? node)
        where T : SyntaxNode => node is null ? null : Node(node);

    private List<T> List<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        var moved = new List<T>(nodes.Count);
        foreach (var node in nodes)
        {
            moved.Add(Node(node));
        }

        return moved;
    }

    private TextSpan S(TextSpan span)
    {
        if (change.Map(span) is { } moved)
        {
            return moved;
        }

        Failed = true;
        return span;
    }
}
