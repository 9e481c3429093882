using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Binding;

internal sealed partial class Binder
{
    private void CheckSteps(IReadOnlyList<StatementSyntax> steps, BindingScope scope)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            CheckStep(steps[i], scope);
            if (steps[i] is ExitStatementSyntax && i + 1 < steps.Count)
            {
                diagnostics.ReportUnreachable(source, TextSpan.FromBounds(steps[i + 1].Span.Start, steps[^1].Span.End));
                break;
            }
        }
    }

    private void CheckStep(StatementSyntax step, BindingScope scope)
    {
        switch (step)
        {
            case SendStatementSyntax send:
                CheckSend(send.Channel, send.Template, send.Arguments, send.Span, scope);
                break;
            case SendPreferredStatementSyntax preferred:
                foreach (var option in preferred.Options)
                {
                    CheckSend(option.Channel, option.Template, option.Arguments, option.Span, scope);
                }

                break;
            case WaitStatementSyntax wait:
                CheckDurationExpression(wait.Duration, scope, "after `wait`");
                break;
            case WaitUntilStatementSyntax waitUntil:
                ExpectType(waitUntil.Moment, scope, t => t.IsMoment || t.Kind == TypeKind.Time, "a time of day, a date or a datetime");
                break;
            case WaitForStatementSyntax waitFor:
                CheckWaitFor(waitFor, scope);
                break;
            case IfStatementSyntax @if:
                foreach (var branch in @if.Branches)
                {
                    CheckCondition(branch.Condition, scope);
                    CheckSteps(branch.Body.Statements, scope);
                }

                if (@if.Else is { } elseBlock)
                {
                    CheckSteps(elseBlock.Statements, scope);
                }

                break;
            case SplitStatementSyntax split:
                CheckSplit(split, scope);
                break;
            case SetStatementSyntax set:
                CheckSet(set.Target, set.Value, scope);
                break;
            case ScoreStatementSyntax score:
                ResolveScore(score.Score);
                ExpectType(score.Amount, scope, t => t.IsNumeric, "a number of points");
                break;
            case StageStatementSyntax stage:
                ResolveStage(stage.Stage);
                break;
            case PostStatementSyntax post:
                ResolveConnection(post.Connection);
                CheckPayload(post.Payload, scope);
                break;
            case NotifyStatementSyntax notify:
                CheckInlineLiquid(notify.Message, scope);
                break;
            case EmitStatementSyntax emit:
                var emitted = ResolveEvent(emit.Event);
                CheckEventPayload(emitted, emit.Payload, scope);
                ExpectType(emit.Recipient, scope, t => t.IsTextLike, "the recipient's id or email address");
                break;
            case StartJourneyStatementSyntax start:
                if (ResolveJourney(start.Journey) is { } started)
                {
                    if (started == currentJourney)
                    {
                        diagnostics.ReportStartsItself(source, start.Journey.Span, started.Name);
                    }
                    else
                    {
                        startedByOthers.Add(started);
                    }
                }

                break;
        }
    }

    private void CheckWaitFor(WaitForStatementSyntax waitFor, BindingScope scope)
    {
        var awaited = ResolveEvent(waitFor.Event);
        var receivedScope = waitFor.Event.Name.IsMissing ? new BindingScope(null, true) : BindingScope.For(awaited);
        if (waitFor.Filter is { } filter)
        {
            CheckCondition(filter, receivedScope);
        }

        CheckDurationExpression(waitFor.Timeout, scope, "after `up to`");
        var seen = new HashSet<string>();
        foreach (var keyword in waitFor.BranchKeywords)
        {
            if (!seen.Add(keyword.Text))
            {
                diagnostics.ReportDuplicateWaitBranch(source, keyword.Span, keyword.Text);
            }
        }

        if (waitFor.Received is { } received)
        {
            CheckSteps(received.Statements, receivedScope);
        }

        if (waitFor.TimedOut is { } timedOut)
        {
            CheckSteps(timedOut.Statements, scope);
        }
    }

    private void CheckSplit(SplitStatementSyntax split, BindingScope scope)
    {
        var names = new HashSet<string>();
        foreach (var arm in split.Arms)
        {
            if (!arm.Name.IsMissing && !names.Add(arm.Name.Text))
            {
                diagnostics.ReportDuplicateSplitArm(source, arm.Name.Span, arm.Name.Text);
            }

            CheckPercent(arm.Percent, 0, 100, upperInclusive: true);
            CheckSteps(arm.Body.Statements, scope);
        }

        var keywordSpan = new TextSpan(split.Span.Start, "split".Length);
        if (split.Arms.Count < 2)
        {
            diagnostics.ReportSplitTooFewArms(source, keywordSpan);
        }
        else if (split.Arms.Sum(a => a.Percent.Value) is var total && total != 100)
        {
            diagnostics.ReportSplitNotHundred(source, TextSpan.FromBounds(split.Span.Start, split.Name.Span.End), total);
        }
    }

    private void CheckSet(ExpressionSyntax target, ExpressionSyntax value, BindingScope scope)
    {
        if (target is not MemberExpressionSyntax { Target: NameExpressionSyntax { Name.Text: "contact" } })
        {
            diagnostics.ReportNotAssignable(source, target.Span);
            Bind(value, scope);
            return;
        }

        var type = Bind(target, scope);
        CheckValue(value, type, scope, $"for `{source.Text.Substring(target.Span.Start, target.Span.Length)}`");
    }

    /// <summary>A connection's payload is free-form; its values are still checked.</summary>
    private void CheckPayload(ObjectLiteralSyntax? payload, BindingScope scope)
    {
        if (payload is null)
        {
            return;
        }

        var names = new HashSet<string>();
        foreach (var property in payload.Properties)
        {
            if (!property.Name.IsMissing && !names.Add(property.Name.Text))
            {
                diagnostics.ReportDuplicateField(source, property.Name.Span, property.Name.Text);
            }

            Bind(property.Value, scope);
        }
    }

    /// <summary>An event's data, as emitted or as a test sends it: every property must be a field of the event.</summary>
    private void CheckEventPayload(EventSymbol? @event, ObjectLiteralSyntax? payload, BindingScope scope)
    {
        if (payload is null)
        {
            return;
        }

        if (@event is null)
        {
            CheckPayload(payload, scope);
            return;
        }

        CheckRecord(@event, $"The event `{@event.Name}`", payload, scope);
    }

    private void CheckRecord(RecordSymbol record, string owner, ObjectLiteralSyntax values, BindingScope scope)
    {
        var names = new HashSet<string>();
        foreach (var property in values.Properties.Where(p => !p.Name.IsMissing))
        {
            if (!names.Add(property.Name.Text))
            {
                diagnostics.ReportDuplicateField(source, property.Name.Span, property.Name.Text);
            }

            if (record.FindField(property.Name.Text) is { } field)
            {
                AddReference(field, property.Name.Span);
                CheckValue(property.Value, field.Type, scope, $"for `{field.Name}`");
            }
            else
            {
                diagnostics.ReportUnknownField(source, property.Name.Span, owner, property.Name.Text, Suggestions.Closest(property.Name.Text, record.Fields.Select(f => f.Name)));
                Bind(property.Value, scope);
            }
        }
    }
}
