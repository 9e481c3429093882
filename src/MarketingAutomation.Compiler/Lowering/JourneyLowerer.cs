using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Compiler.Lowering;

/// <summary>
/// One journey as a class deriving from <c>CompiledJourney</c>: its metadata, its trigger,
/// goal and exit conditions, and its steps as a flat state machine (<see cref="StepMachine"/>).
/// </summary>
internal sealed class JourneyLowerer(SchemaNames names, ExpressionLowerer expressions, SourceLines lines)
{
    private const string R = SchemaNames.Runtime;

    public string Write(JourneySymbol journey, string version)
    {
        var w = new CSharpWriter();
        GeneratedFile.Header(w);
        w.Open($"public sealed class {names.Journey(journey.Name)} : {R}CompiledJourney");
        JourneyInfoWriter.Write(w, journey, version, lines.NameOf(journey.Source));
        w.Line();
        var triggerScope = journey.TriggerEvent is { } te ? new EventScope(te, "trigger") : EventScope.None;
        Trigger(w, journey);
        TriggerDate(w, journey);
        EventOrCondition(w, journey, "IsGoal", journey.Syntax.Clauses.OfType<GoalClauseSyntax>().Select(g => (g.Condition, g.Filter, g.Span)), triggerScope);
        EventOrCondition(w, journey, "ShouldLeave", journey.Syntax.Clauses.OfType<LeaveClauseSyntax>().Select(l => (l.Condition, l.Filter, l.Span)), triggerScope);
        new StepMachine(names, expressions, lines, journey, triggerScope).Write(w);
        w.Close();
        GeneratedFile.Footer(w);
        return w.ToString();
    }

    private void Trigger(CSharpWriter w, JourneySymbol journey)
    {
        if (journey.Syntax.Clauses.OfType<TriggerClauseSyntax>().FirstOrDefault() is not { Trigger: EventTriggerSyntax trigger } || journey.TriggerEvent is not { } @event)
        {
            return;
        }

        w.Open($"public override bool TriggerMatches({R}EventData @event, {R}IJourneyContext context)");
        w.Line($"if (@event is not {names.EventType(@event.Name)} trigger) return false;");
        if (trigger.Filter is { } filter)
        {
            w.Line($"var contact = {R}Ops.As<{SchemaNames.ContactType}>(context.Profile);");
            lines.At(w, journey.Source, filter.Span);
            w.Line("return " + expressions.Condition(filter, new EventScope(@event, "trigger")) + ";");
            lines.Default(w);
        }
        else
        {
            w.Line("return true;");
        }

        w.Close();
        w.Line();
    }

    /// <summary>
    /// `yearly <date>` and `date <date>`: the host asks each contact for the date the expression
    /// gives (null when a field it reads is missing). A moment counts by its UTC date, as `days_since` does.
    /// </summary>
    private void TriggerDate(CSharpWriter w, JourneySymbol journey)
    {
        if (journey.Syntax.Clauses.OfType<TriggerClauseSyntax>().FirstOrDefault() is not { Trigger: DateTriggerSyntax trigger })
        {
            return;
        }

        w.Open($"public override global::System.DateOnly? TriggerDate({R}IJourneyContext context)");
        w.Line($"var contact = {R}Ops.As<{SchemaNames.ContactType}>(context.Profile);");
        lines.At(w, journey.Source, trigger.Date.Span);
        var date = expressions.Lower(trigger.Date, EventScope.None, JourneyType.Date);
        w.Line(date.Type.Kind == TypeKind.DateTime
            ? $"return ({date.Code}) is {{ }} moment ? global::System.DateOnly.FromDateTime(moment.UtcDateTime) : null;"
            : $"return {date.Code};");
        lines.Default(w);
        w.Close();
        w.Line();
    }

    /// <summary>A goal or `leave when`: each clause names an event (with an optional filter) or states a condition.</summary>
    private void EventOrCondition(CSharpWriter w, JourneySymbol journey, string method, IEnumerable<(ExpressionSyntax Condition, ExpressionSyntax? Filter, Language.Text.TextSpan Span)> clauses, EventScope triggerScope)
    {
        var list = clauses.ToList();
        if (list.Count == 0)
        {
            return;
        }

        w.Open($"public override bool {method}({R}EventData @event, {R}JourneyState state, {R}IJourneyContext context)");
        w.Line($"var contact = {R}Ops.As<{SchemaNames.ContactType}>(context.Profile);");
        if (triggerScope.Event is { } te)
        {
            w.Line($"var trigger = {R}Ops.Trigger<{names.EventType(te.Name)}>(state.Trigger);");
        }

        var index = 0;
        foreach (var (condition, filter, span) in list)
        {
            lines.At(w, journey.Source, span);
            if (EventClause(condition) is { } @event)
            {
                var local = "matched" + index++;
                var test = filter is null ? string.Empty : " && " + expressions.Condition(filter, new EventScope(@event, local));
                w.Line($"if (@event is {names.EventType(@event.Name)} {local}{test}) return true;");
            }
            else
            {
                var test = expressions.Condition(condition, triggerScope);
                if (filter is not null)
                {
                    test += " && " + expressions.Condition(filter, triggerScope);
                }

                w.Line($"if ({test}) return true;");
            }
        }

        lines.Default(w);
        w.Line("return false;");
        w.Close();
        w.Line();
    }

    /// <summary>The event a goal or exit clause names, read as the binder reads it.</summary>
    private EventSymbol? EventClause(ExpressionSyntax condition)
    {
        var name = condition switch
        {
            NameExpressionSyntax { Name.Text: var n } when n is not ("contact" or "event" or "today" or "now" or "true" or "false") => n,
            MemberExpressionSyntax { Target: NameExpressionSyntax { Name.Text: var ns }, Member.Text: var n } when ns is not ("contact" or "event") => ns + "." + n,
            _ => null,
        };
        return name is null ? null : names.Symbols.Events.FirstOrDefault(e => e.Name == name);
    }
}
