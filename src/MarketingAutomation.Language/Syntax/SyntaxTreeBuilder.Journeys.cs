using MarketingAutomation.Language.Syntax.Generated;
using P = MarketingAutomation.Language.Syntax.Generated.JourneyParser;

namespace MarketingAutomation.Language.Syntax;

internal sealed partial class SyntaxTreeBuilder
{
    private JourneyDeclarationSyntax BuildJourney(P.JourneyDeclContext context)
    {
        var clauses = new List<JourneyClauseSyntax>();
        var steps = new List<StatementSyntax>();
        var items = new List<SyntaxNode>();
        foreach (var item in context.journeyItem())
        {
            if (item.journeyClause() is { } clauseContext && BuildClause(clauseContext) is { } clause)
            {
                clauses.Add(clause);
                items.Add(clause);
            }
            else if (item.statement() is { } statementContext && BuildStatement(statementContext) is { } statement)
            {
                steps.Add(statement);
                items.Add(statement);
            }
        }

        return new JourneyDeclarationSyntax(Name(context.name()), clauses, steps, items, SpanOf(context));
    }

    private JourneyClauseSyntax? BuildClause(P.JourneyClauseContext context) => context switch
    {
        P.TriggerClauseContext c when BuildTrigger(c.trigger()) is { } trigger => new TriggerClauseSyntax(trigger, SpanOf(c)),
        P.EntryOnceClauseContext c => new EntryClauseSyntax(true, null, SpanOf(c)),
        P.EntryEveryTimeClauseContext c => new EntryClauseSyntax(false, Duration(c.DURATION_LITERAL()), SpanOf(c)),
        P.GoalClauseContext c => new GoalClauseSyntax(Expression(c.condition), OptionalExpression(c.filter), Duration(c.DURATION_LITERAL()), SpanOf(c)),
        P.LeaveClauseContext c => new LeaveClauseSyntax(Expression(c.condition), OptionalExpression(c.filter), SpanOf(c)),
        P.HoldoutClauseContext c when Percent(c.PERCENT_LITERAL()) is { } percent => new HoldoutClauseSyntax(percent, SpanOf(c)),
        _ => null,
    };

    private TriggerSyntax? BuildTrigger(P.TriggerContext? context) => context switch
    {
        P.EventTriggerContext c => new EventTriggerSyntax(EventRef(c.eventRef()), OptionalExpression(c.expression()), SpanOf(c)),
        P.SegmentTriggerContext c => new SegmentTriggerSyntax(Name(c.name()), c.direction?.Type != JourneyLexer.LEAVES, SpanOf(c)),
        P.StageTriggerContext c => new StageTriggerSyntax(Name(c.name()), SpanOf(c)),
        P.YearlyTriggerContext c when Time(c.TIME_LITERAL()) is { } at => new DateTriggerSyntax(true, Expression(c.expression()), at, Zone(c.zone()), SpanOf(c)),
        P.DateTriggerContext c when Time(c.TIME_LITERAL()) is { } at => new DateTriggerSyntax(false, Expression(c.expression()), at, Zone(c.zone()), SpanOf(c)),
        P.InactiveTriggerContext c when Duration(c.DURATION_LITERAL()) is { } period => new InactivityTriggerSyntax(period, SpanOf(c)),
        P.AbsenceTriggerContext c when Duration(c.DURATION_LITERAL()) is { } period => new AbsenceTriggerSyntax(EventRef(c.eventRef()), period, SpanOf(c)),
        P.ScheduleTriggerContext c when Date(c.DATE_LITERAL()) is { } date && Time(c.TIME_LITERAL()) is { } at =>
            new ScheduleTriggerSyntax(date, at, Zone(c.zone()), Name(c.name()), SpanOf(c)),
        P.RecurringTriggerContext c when Time(c.TIME_LITERAL()) is { } at && c.name().Length == 2 =>
            new RecurringTriggerSyntax(Name(c.day), at, Zone(c.zone()), Name(c.name(1)), SpanOf(c)),
        _ => null,
    };

    private StatementSyntax? BuildStatement(P.StatementContext context) => context switch
    {
        P.SendStatementContext c => new SendStatementSyntax(Name(c.channel), Name(c.template), OptionalObject(c.objectLiteral()), c.BEST() is not null, SpanOf(c)),
        P.SendPreferredStatementContext c => new SendPreferredStatementSyntax(
            c.preferredOption().Select(o => new PreferredOptionSyntax(Name(o.channel), Name(o.template), OptionalObject(o.objectLiteral()), SpanOf(o))).ToList(),
            c.BEST() is not null,
            SpanOf(c)),
        P.WaitForStatementContext c => BuildWaitFor(c),
        P.WaitUntilStatementContext c => new WaitUntilStatementSyntax(Expression(c.expression()), Zone(c.zone()), c.WEEKDAYS() is not null, SpanOf(c)),
        P.WaitStatementContext c => new WaitStatementSyntax(Expression(c.expression()), SpanOf(c)),
        P.IfStatementContext c => BuildIf(c),
        P.SplitStatementContext c => new SplitStatementSyntax(
            String(c.STRING_LITERAL()) ?? MissingString(c),
            c.splitArm().Where(a => Percent(a.PERCENT_LITERAL()) is not null)
                .Select(a => new SplitArmSyntax(Name(a.name()), Percent(a.PERCENT_LITERAL()) ?? throw new InvalidOperationException(), Block(a.block()), SpanOf(a))).ToList(),
            SpanOf(c)),
        P.SetStatementContext c => new SetStatementSyntax(Expression(c.target), Expression(c.value), SpanOf(c)),
        P.TagStatementContext c when String(c.STRING_LITERAL()) is { } tag => new TagStatementSyntax(tag, false, SpanOf(c)),
        P.UntagStatementContext c when String(c.STRING_LITERAL()) is { } tag => new TagStatementSyntax(tag, true, SpanOf(c)),
        P.ScoreStatementContext c => new ScoreStatementSyntax(Name(c.name()), c.op?.Type == JourneyLexer.MINUS_ASSIGN, Expression(c.expression()), SpanOf(c)),
        P.StageStatementContext c => new StageStatementSyntax(Name(c.name()), SpanOf(c)),
        P.PostStatementContext c => new PostStatementSyntax(Name(c.name()), OptionalObject(c.objectLiteral()), SpanOf(c)),
        P.NotifyStatementContext c when String(c.STRING_LITERAL()) is { } message => new NotifyStatementSyntax(message, SpanOf(c)),
        P.EmitStatementContext c => new EmitStatementSyntax(EventRef(c.eventRef()), OptionalObject(c.objectLiteral()), Expression(c.expression()), SpanOf(c)),
        P.StartStatementContext c => new StartJourneyStatementSyntax(Name(c.name()), SpanOf(c)),
        P.ExitStatementContext c => new ExitStatementSyntax(SpanOf(c)),
        _ => null,
    };

    private WaitForStatementSyntax BuildWaitFor(P.WaitForStatementContext context)
    {
        BlockSyntax? received = null;
        BlockSyntax? timedOut = null;
        var keywords = new List<NameSyntax>();
        foreach (var branch in context.waitBranch())
        {
            if (branch.kind is null)
            {
                continue;
            }

            keywords.Add(new NameSyntax(branch.kind.Text, SpanOf(branch.kind)));
            if (branch.kind.Type == JourneyLexer.RECEIVED)
            {
                received ??= Block(branch.block());
            }
            else
            {
                timedOut ??= Block(branch.block());
            }
        }

        var hasFilter = context.WHERE() is not null;
        var filter = hasFilter ? OptionalExpression(context.expression(0)) : null;
        var timeout = Expression(context.expression(hasFilter ? 1 : 0));
        return new WaitForStatementSyntax(EventRef(context.eventRef()), filter, timeout, received, timedOut, keywords, SpanOf(context));
    }

    private IfStatementSyntax BuildIf(P.IfStatementContext context)
    {
        var branches = new List<ConditionalBranchSyntax>
        {
            new(Expression(context.expression()), Block(context.block()), SpanOf(context.expression(), context.block())),
        };
        branches.AddRange(context.elseIfClause().Select(c => new ConditionalBranchSyntax(Expression(c.expression()), Block(c.block()), SpanOf(c))));
        var elseBlock = context.elseClause() is { } elseClause ? Block(elseClause.block()) : null;
        return new IfStatementSyntax(branches, elseBlock, SpanOf(context));
    }

    private BlockSyntax Block(P.BlockContext? context) =>
        context is null
            ? new BlockSyntax([], SpanOf(context))
            : new BlockSyntax(context.statement().Select(BuildStatement).OfType<StatementSyntax>().ToList(), SpanOf(context));

    private static TimeZoneKind Zone(P.ZoneContext? context) => context?.UTC() is not null ? TimeZoneKind.Utc : TimeZoneKind.Local;
}
