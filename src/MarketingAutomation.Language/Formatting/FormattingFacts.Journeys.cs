using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Language.Formatting;

internal sealed partial class FormattingFacts
{
    private void JourneyItem(SyntaxNode item)
    {
        switch (item)
        {
            case StatementSyntax statement:
                Statement(statement);
                break;
            case JourneyClauseSyntax clause:
                Item(clause);
                Clause(clause);
                break;
        }
    }

    private void Clause(JourneyClauseSyntax clause)
    {
        switch (clause)
        {
            case TriggerClauseSyntax { Trigger: EventTriggerSyntax { Filter: { } filter } }:
                Expression(filter);
                break;
            case TriggerClauseSyntax { Trigger: DateTriggerSyntax date }:
                Expression(date.Date);
                break;
            case GoalClauseSyntax goal:
                Expression(goal.Condition);
                OptionalExpression(goal.Filter);
                break;
            case LeaveClauseSyntax leave:
                Expression(leave.Condition);
                OptionalExpression(leave.Filter);
                break;
        }
    }

    private void Statement(StatementSyntax statement)
    {
        Item(statement);
        switch (statement)
        {
            case SendStatementSyntax send:
                OptionalObject(send.Arguments);
                break;
            case SendPreferredStatementSyntax preferred:
                foreach (var option in preferred.Options)
                {
                    Item(option);
                    Align(option.Span.Start, AlignKind.PreferredOption, option.Span.End, TokenAtOrAfter(option.Template.Span.Start));
                    OptionalObject(option.Arguments);
                }

                break;
            case WaitStatementSyntax wait:
                Expression(wait.Duration);
                break;
            case WaitUntilStatementSyntax until:
                Expression(until.Moment);
                break;
            case WaitForStatementSyntax waitFor:
                WaitFor(waitFor);
                break;
            case IfStatementSyntax @if:
                foreach (var branch in @if.Branches)
                {
                    Expression(branch.Condition);
                    Block(branch.Body);
                }

                OptionalBlock(@if.Else);
                break;
            case SplitStatementSyntax split:
                foreach (var arm in split.Arms)
                {
                    Item(arm);
                    Align(arm.Span.Start, AlignKind.SplitArm, arm.Span.End, TokenAtOrAfter(arm.Percent.Span.Start));
                    Block(arm.Body);
                }

                break;
            case SetStatementSyntax set:
                Expression(set.Target);
                Expression(set.Value);
                break;
            case ScoreStatementSyntax score:
                Expression(score.Amount);
                break;
            case PostStatementSyntax post:
                OptionalObject(post.Payload);
                break;
            case EmitStatementSyntax emit:
                OptionalObject(emit.Payload);
                Expression(emit.Recipient);
                break;
        }
    }

    private void WaitFor(WaitForStatementSyntax waitFor)
    {
        OptionalExpression(waitFor.Filter);
        Expression(waitFor.Timeout);
        foreach (var keyword in waitFor.BranchKeywords)
        {
            Item(keyword);
            var brace = TokenAfter(keyword.Span.Start);
            Align(keyword.Span.Start, AlignKind.WaitBranch, brace?.StartIndex + 1 ?? keyword.Span.End, brace);
        }

        OptionalBlock(waitFor.Received);
        OptionalBlock(waitFor.TimedOut);
    }

    private void OptionalBlock(BlockSyntax? block)
    {
        if (block is not null)
        {
            Block(block);
        }
    }

    private void Block(BlockSyntax block)
    {
        foreach (var statement in block.Statements)
        {
            Statement(statement);
        }
    }

    private void OptionalObject(ObjectLiteralSyntax? literal)
    {
        if (literal is not null)
        {
            Object(literal);
        }
    }

    private void Object(ObjectLiteralSyntax literal)
    {
        foreach (var property in literal.Properties)
        {
            Item(property);
            Align(property.Span.Start, AlignKind.Property, property.Span.End, TokenAtOrAfter(property.Value.Span.Start));
            Expression(property.Value);
        }
    }
}
