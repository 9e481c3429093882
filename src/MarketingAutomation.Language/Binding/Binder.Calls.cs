using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Language.Binding;

internal sealed partial class Binder
{
    private JourneyType BindCall(CallExpressionSyntax call, BindingScope scope)
    {
        if (call.Function.IsMissing)
        {
            return JourneyType.Error;
        }

        if (BuiltIns.FindFunction(call.Function.Text) is not { } function)
        {
            // The arguments are not checked: what they should be depends on the function meant.
            diagnostics.ReportUnknownFunction(source, call.Function.Span, call.Function.Text, Suggestions.Closest(call.Function.Text, BuiltIns.Functions.Select(f => f.Name)));
            return JourneyType.Error;
        }

        if (call.Arguments.Count != function.Parameters.Count)
        {
            diagnostics.ReportWrongArgumentCount(source, call.Span, function.Usage, call.Arguments.Count);
            return function.ReturnType;
        }

        var result = function.ReturnType;
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            var argument = call.Arguments[i];
            if (argument.Within is { } window)
            {
                CheckDuration(window, allowZero: false);
            }

            switch (function.Parameters[i])
            {
                case ArgumentKind.Template:
                    if (argument.Value is NameExpressionSyntax { Name: var templateName })
                    {
                        ResolveTemplate(templateName);
                    }
                    else
                    {
                        diagnostics.ReportTypeMismatch(source, argument.Value.Span, "the name of a template", "another kind of value");
                    }

                    break;
                case ArgumentKind.Event:
                    var @event = BindEventArgument(argument.Value);
                    if (function.Name == "last")
                    {
                        result = @event is null ? JourneyType.Error : new EventDataType(@event);
                    }

                    break;
                case ArgumentKind.EventField:
                    result = BindEventFieldArgument(argument.Value);
                    break;
                case ArgumentKind.Score:
                    if (argument.Value is NameExpressionSyntax { Name: var scoreName })
                    {
                        ResolveScore(scoreName);
                    }
                    else
                    {
                        diagnostics.ReportTypeMismatch(source, argument.Value.Span, "the name of a score", "another kind of value");
                    }

                    break;
                case ArgumentKind.Moment:
                    ExpectType(argument.Value, scope, t => t.IsMoment, "a date or datetime");
                    break;
                case ArgumentKind.Text:
                    ExpectType(argument.Value, scope, t => t.IsTextLike, "text");
                    break;
                default:
                    ExpectType(argument.Value, scope, t => t.IsTextLike || t.Kind == TypeKind.List, "text or a list");
                    break;
            }
        }

        return result;
    }

    private void ExpectType(ExpressionSyntax value, BindingScope scope, Func<JourneyType, bool> fits, string description)
    {
        var type = Bind(value, scope);
        if (!type.IsError && !fits(type))
        {
            diagnostics.ReportTypeMismatch(source, value.Span, description, Describe(type));
        }
    }

    /// <summary>An event named as an argument: `order_placed` or `email.opened`.</summary>
    private EventSymbol? BindEventArgument(ExpressionSyntax value)
    {
        if (AsEventReference(value) is { } reference)
        {
            return ResolveEvent(reference);
        }

        diagnostics.ReportTypeMismatch(source, value.Span, "the name of an event", "another kind of value");
        return null;
    }

    /// <summary>`order_placed.total` in `sum(...)`: a number field of an event.</summary>
    private JourneyType BindEventFieldArgument(ExpressionSyntax value)
    {
        if (value is not MemberExpressionSyntax { Target: var target, Member: var field } || AsEventReference(target) is not { } reference)
        {
            diagnostics.ReportTypeMismatch(source, value.Span, "an event's number field such as `order_placed.total`", "another kind of value");
            return JourneyType.Error;
        }

        if (ResolveEvent(reference) is not { } @event || field.IsMissing)
        {
            return JourneyType.Error;
        }

        if (@event.FindField(field.Text) is not { } symbol)
        {
            diagnostics.ReportUnknownField(source, field.Span, $"The event `{@event.Name}`", field.Text, Suggestions.Closest(field.Text, @event.Fields.Select(f => f.Name)));
            return JourneyType.Error;
        }

        AddReference(symbol, field.Span);
        if (!symbol.Type.IsNumeric)
        {
            diagnostics.ReportTypeMismatch(source, field.Span, "a number or money field", Describe(symbol.Type));
            return JourneyType.Error;
        }

        return symbol.Type.Kind == TypeKind.Money ? JourneyType.Money : JourneyType.Number;
    }

    /// <summary>Reads an expression as an event name where one is expected (`email.opened` parses as a member access).</summary>
    private static EventReferenceSyntax? AsEventReference(ExpressionSyntax expression) => expression switch
    {
        NameExpressionSyntax { Name: var name } => new EventReferenceSyntax(null, name, name.Span),
        MemberExpressionSyntax { Target: NameExpressionSyntax { Name: var ns }, Member: var name } when ns.Text is not ("contact" or "event") =>
            new EventReferenceSyntax(ns, name, expression.Span),
        _ => null,
    };
}
