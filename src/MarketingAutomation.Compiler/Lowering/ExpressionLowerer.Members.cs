using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Compiler.Lowering;

internal sealed partial class ExpressionLowerer
{
    private Lowered Member(MemberExpressionSyntax member, EventScope scope)
    {
        var field = member.Member.Text;
        switch (member.Target)
        {
            case NameExpressionSyntax { Name.Text: "contact" }:
                if (Symbols.Contact?.FindField(field) is { } contactField)
                {
                    return Field("contact", "contact", contactField);
                }

                if (field == "stage" && Symbols.Stages.Count > 0)
                {
                    return new(SchemaNames.SegmentsType + ".Stage(context.Stage)", SchemaNames.LifecycleStages(Symbols), Nullable: true);
                }

                break;
            case NameExpressionSyntax { Name.Text: "event" }:
                if (scope.Event?.FindField(field) is { } eventField && scope.Code is { } code)
                {
                    return Field(code, scope.Event.Name, eventField);
                }

                break;
            default:
                var target = Lower(member.Target, scope);
                if (target.Type is EventDataType { Event: var @event } && @event.FindField(field) is { } lastField)
                {
                    var read = Field(target.Code, @event.Name, lastField, conditional: target.Nullable);
                    return read with { Nullable = true };
                }

                break;
        }

        throw new LoweringException($"the field `{field}` has no meaning here");
    }

    private Lowered Field(string target, string owner, FieldSymbol field, bool conditional = false) =>
        new(target + (conditional ? "?." : ".") + names.Property(owner, field.Name), field.Type, field.IsOptional || conditional);

    private Lowered Call(CallExpressionSyntax call, EventScope scope)
    {
        var function = call.Function.Text;
        var argument = call.Arguments.Count > 0 ? call.Arguments[0] : throw new LoweringException($"`{function}` without an argument");
        var within = argument.Within is { } w ? ExpressionLowerer.Duration(w) : "null";
        switch (function)
        {
            case "opened" or "clicked":
                return new($"context.{(function == "opened" ? "Opened" : "Clicked")}({CSharpLiteral.String(PlainName(argument.Value))})", JourneyType.Bool);
            case "received":
                return new($"context.Received({CSharpLiteral.String(EventName(argument.Value))})", JourneyType.Bool);
            case "count":
                return new($"(decimal)context.Count({CSharpLiteral.String(EventName(argument.Value))}, {within})", JourneyType.Number);
            case "sum":
                return Sum(argument, within);
            case "last":
                var eventName = EventName(argument.Value);
                var @event = Symbols.Events.First(e => e.Name == eventName);
                return new($"(context.Last({CSharpLiteral.String(eventName)}) as {names.EventType(eventName)})", new EventDataType(@event), Nullable: true);
            case "days_since":
                return new($"{Ops}DaysSince({Lower(argument.Value, scope).Code}, context.Today)", JourneyType.Number, Nullable: true);
            case "score":
                return new($"context.Score({CSharpLiteral.String(PlainName(argument.Value))})", JourneyType.Number);
            case "lower" or "upper":
                return new($"{Ops}{(function == "lower" ? "Lower" : "Upper")}({Lower(argument.Value, scope, JourneyType.Text).Code})", JourneyType.Text, Nullable: true);
            case "length":
                return new($"{Ops}Length({Lower(argument.Value, scope).Code})", JourneyType.Number, Nullable: true);
            default:
                throw new LoweringException($"the function `{function}` has no C# form");
        }
    }

    /// <summary>`sum(order_placed.total within 365d)`: a typed field selector, so no reflection reads the field.</summary>
    private Lowered Sum(ArgumentSyntax argument, string within)
    {
        if (argument.Value is not MemberExpressionSyntax { Target: var target, Member: var member })
        {
            throw new LoweringException("`sum` of something other than an event field");
        }

        var eventName = EventName(target);
        var type = names.EventType(eventName);
        var property = names.Property(eventName, member.Text);
        return new($"context.Sum({CSharpLiteral.String(eventName)}, {within}, static e => (({type})e).{property})", JourneyType.Money);
    }

    private static string PlainName(ExpressionSyntax value) =>
        value is NameExpressionSyntax { Name.Text: var name } ? name : throw new LoweringException("a name was expected");

    /// <summary>The event an argument names: `order_placed` or `email.opened`.</summary>
    public static string EventName(ExpressionSyntax value) => value switch
    {
        NameExpressionSyntax { Name.Text: var name } => name,
        MemberExpressionSyntax { Target: NameExpressionSyntax { Name.Text: var ns }, Member.Text: var name } => ns + "." + name,
        _ => throw new LoweringException("an event name was expected"),
    };
}
