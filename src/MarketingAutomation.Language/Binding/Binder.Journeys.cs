using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Binding;

internal sealed partial class Binder
{
    private readonly List<(SourceText Source, JourneyDeclarationSyntax Journey)> journeysWithoutTrigger = [];
    private readonly HashSet<JourneySymbol> startedByOthers = [];
    private JourneySymbol? currentJourney;

    /// <summary>A journey without `when` is fine when another journey starts it; otherwise nobody could enter it.</summary>
    private void ReportJourneysNobodyCanEnter()
    {
        foreach (var (text, journey) in journeysWithoutTrigger)
        {
            if (!symbols.JourneysByName.TryGetValue(journey.Name.Text, out var symbol) || !startedByOthers.Contains(symbol))
            {
                diagnostics.ReportMissingTrigger(text, journey.Name.IsMissing ? journey.Span : journey.Name.Span, journey.Name.Text);
            }
        }
    }

    private void CheckJourney(JourneyDeclarationSyntax journey)
    {
        currentJourney = journey.Name.IsMissing ? null : symbols.JourneysByName.GetValueOrDefault(journey.Name.Text);
        if (currentJourney?.Syntax != journey)
        {
            currentJourney = null;
        }

        var scope = CheckClauses(journey);
        if (journey.Steps.Count == 0)
        {
            diagnostics.ReportEmptyJourney(source, journey.Name.IsMissing ? journey.Span : journey.Name.Span, journey.Name.Text);
        }

        CheckSteps(journey.Steps, scope);
        currentJourney = null;
    }

    /// <summary>Checks the journey's clauses and returns the scope its steps run in (the trigger's event).</summary>
    private BindingScope CheckClauses(JourneyDeclarationSyntax journey)
    {
        var scope = BindingScope.NoEvent;
        var seen = new HashSet<Type>();
        var firstStep = journey.Steps.Count > 0 ? journey.Steps[0].Span.Start : int.MaxValue;
        TriggerSyntax? trigger = null;
        EntryClauseSyntax? entry = null;

        // The trigger is bound first: later clauses' `where` filters may read its event.
        foreach (var clause in journey.Clauses.OfType<TriggerClauseSyntax>().Take(1))
        {
            trigger = clause.Trigger;
            scope = CheckTrigger(clause.Trigger);
        }

        foreach (var clause in journey.Clauses)
        {
            var keyword = ClauseKeyword(clause);
            if (clause.Span.Start > firstStep)
            {
                diagnostics.ReportClauseAfterStep(source, KeywordSpan(clause), keyword);
            }

            if (clause is not LeaveClauseSyntax && !seen.Add(clause.GetType()))
            {
                diagnostics.ReportDuplicateClause(source, KeywordSpan(clause), keyword == "when" ? "trigger (`when`)" : $"`{keyword}` clause");
                continue;
            }

            switch (clause)
            {
                case EntryClauseSyntax entryClause:
                    entry = entryClause;
                    if (entryClause.MinimumGap is { } gap)
                    {
                        CheckDuration(gap, allowZero: false);
                    }

                    break;
                case GoalClauseSyntax goal:
                    CheckEventOrCondition(goal.Condition, goal.Filter, scope);
                    if (goal.Window is { } window)
                    {
                        CheckDuration(window, allowZero: false);
                    }

                    break;
                case LeaveClauseSyntax leave:
                    CheckEventOrCondition(leave.Condition, leave.Filter, scope);
                    break;
                case HoldoutClauseSyntax holdout:
                    CheckPercent(holdout.Percent, 0, 100, upperInclusive: false);
                    break;
            }
        }

        if (trigger is null)
        {
            journeysWithoutTrigger.Add((source, journey));
        }
        else if (trigger is ScheduleTriggerSyntax && entry is not null)
        {
            diagnostics.ReportBroadcastEntryRule(source, KeywordSpan(entry));
        }

        return scope;
    }

    private BindingScope CheckTrigger(TriggerSyntax trigger)
    {
        switch (trigger)
        {
            case EventTriggerSyntax eventTrigger:
                var @event = ResolveEvent(eventTrigger.Event);
                var scope = eventTrigger.Event.Name.IsMissing ? new BindingScope(null, true) : BindingScope.For(@event);
                if (currentJourney is not null)
                {
                    currentJourney.TriggerEvent = @event;
                }

                if (eventTrigger.Filter is { } filter)
                {
                    CheckCondition(filter, scope);
                }

                return scope;
            case SegmentTriggerSyntax segment:
                ResolveSegment(segment.Segment);
                break;
            case StageTriggerSyntax stage:
                ResolveStage(stage.Stage);
                break;
            case DateTriggerSyntax date:
                ExpectType(date.Date, BindingScope.NoEvent, t => t.IsMoment, "a date");
                CheckTime(date.At);
                break;
            case InactivityTriggerSyntax inactivity:
                CheckDuration(inactivity.Period, allowZero: false);
                break;
            case AbsenceTriggerSyntax absence:
                ResolveEvent(absence.Event);
                CheckDuration(absence.Period, allowZero: false);
                break;
            case ScheduleTriggerSyntax schedule:
                CheckDate(schedule.Date);
                CheckTime(schedule.At);
                ResolveAudience(schedule.Segment);
                break;
            case RecurringTriggerSyntax recurring:
                if (!recurring.Day.IsMissing && !BuiltIns.Days.Contains(recurring.Day.Text))
                {
                    diagnostics.ReportInvalidLiteral(source, recurring.Day.Span, $"`{recurring.Day.Text}`", "a day: `day`, `weekday` or a weekday name such as `monday`");
                }

                CheckTime(recurring.At);
                ResolveAudience(recurring.Segment);
                break;
        }

        return BindingScope.NoEvent;
    }

    /// <summary>
    /// A goal or exit names an event (`goal order_placed where event.total > 50`) or states a
    /// condition (`leave when contact.plan == enterprise`).
    /// </summary>
    private void CheckEventOrCondition(ExpressionSyntax condition, ExpressionSyntax? filter, BindingScope scope)
    {
        if (AsEventReference(condition) is { } reference && IsEventName(reference))
        {
            var @event = ResolveEvent(reference);
            if (filter is not null)
            {
                CheckCondition(filter, BindingScope.For(@event));
            }

            return;
        }

        var type = Bind(condition, scope);
        if (type.Kind != TypeKind.Bool && !type.IsError)
        {
            diagnostics.ReportNotAnEventOrCondition(source, condition.Span, Describe(type));
        }

        if (filter is not null)
        {
            CheckCondition(filter, scope);
        }
    }

    // A bare name is read as an event unless it is one of the names values start from.
    private bool IsEventName(EventReferenceSyntax reference) =>
        reference.Namespace is not null || symbols.EventsByName.ContainsKey(reference.FullName)
        || reference.Name.Text is not ("contact" or "event" or "today" or "now" or "true" or "false");

    private static string ClauseKeyword(JourneyClauseSyntax clause) => clause switch
    {
        TriggerClauseSyntax => "when",
        EntryClauseSyntax => "entry",
        GoalClauseSyntax => "goal",
        LeaveClauseSyntax => "leave when",
        _ => "holdout",
    };

    private TextSpan KeywordSpan(JourneyClauseSyntax clause)
    {
        var keyword = ClauseKeyword(clause);
        return new TextSpan(clause.Span.Start, Math.Min(keyword.Length, clause.Span.Length));
    }
}
