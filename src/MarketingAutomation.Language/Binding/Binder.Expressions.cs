using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Language.Binding;

internal sealed partial class Binder
{
    /// <summary>`contact.stage` reads the contact's lifecycle stage unless the profile declares a field of that name.</summary>
    private const string LifecycleStageField = "stage";

    /// <summary>The type of `contact.stage`, one instance, so the values compared with it are known to be stages.</summary>
    private EnumType? lifecycleStageType;

    private void CheckCondition(ExpressionSyntax condition, BindingScope scope)
    {
        var type = Bind(condition, scope);
        if (type.Kind != TypeKind.Bool && !type.IsError)
        {
            diagnostics.ReportConditionNotBoolean(source, condition.Span, Describe(type));
        }
    }

    /// <summary>Binds a value that must fit <paramref name="target"/>, such as a field default or a `set`.</summary>
    private void CheckValue(ExpressionSyntax value, JourneyType target, BindingScope scope, string? where = null)
    {
        var type = Bind(value, scope, target);
        if (!type.IsAssignableTo(target))
        {
            diagnostics.ReportTypeMismatch(source, value.Span, Describe(target), Describe(type), where);
        }
    }

    private JourneyType Bind(ExpressionSyntax expression, BindingScope scope, JourneyType? expected = null) => expression switch
    {
        MissingExpressionSyntax => JourneyType.Error,
        LiteralSyntax literal => BindLiteral(literal, expected),
        NameExpressionSyntax name => BindName(name.Name, scope, expected),
        MemberExpressionSyntax member => BindMember(member, scope),
        CallExpressionSyntax call => BindCall(call, scope),
        HasTagExpressionSyntax => JourneyType.Bool,
        IsSetExpressionSyntax isSet => BindIsSet(isSet, scope),
        ListExpressionSyntax list => BindList(list, scope, expected),
        ParenthesizedExpressionSyntax parenthesized => Bind(parenthesized.Inner, scope, expected),
        UnaryExpressionSyntax unary => BindUnary(unary, scope),
        BinaryExpressionSyntax binary => BindBinary(binary, scope),
        _ => JourneyType.Error,
    };

    private JourneyType BindLiteral(LiteralSyntax literal, JourneyType? expected)
    {
        switch (literal)
        {
            case StringLiteralSyntax text:
                return BindTextLiteral(text, expected);
            case NumberLiteralSyntax number:
                if (number.Value == decimal.MaxValue)
                {
                    diagnostics.ReportNumberOutOfRange(source, number.Span, number.Text, "numbers must be below 79,228,162,514,264,337,593,543,950,335");
                }

                return expected?.Kind == TypeKind.Money ? JourneyType.Money : JourneyType.Number;
            case DurationLiteralSyntax duration:
                CheckDuration(duration, allowZero: true);
                return JourneyType.Duration;
            case PercentLiteralSyntax:
                return JourneyType.Percent;
            case TimeLiteralSyntax time:
                CheckTime(time);
                return JourneyType.Time;
            case DateLiteralSyntax date:
                CheckDate(date);
                return JourneyType.Date;
            case BoolLiteralSyntax:
                return JourneyType.Bool;
            default:
                return JourneyType.Error;
        }
    }

    // A text literal may stand for a value of a text-like type or an enum; its content is checked then.
    private JourneyType BindTextLiteral(StringLiteralSyntax text, JourneyType? expected)
    {
        switch (expected)
        {
            case EnumType @enum:
                if (!@enum.Values.Contains(text.Value))
                {
                    diagnostics.ReportUnknownEnumValue(source, text.Span, text.Value, @enum.DisplayName, Suggestions.Closest(text.Value, @enum.Values));
                    return JourneyType.Error;
                }

                return @enum;
            case { Kind: TypeKind.Email }:
                if (!LiteralRules.IsEmail(text.Value))
                {
                    diagnostics.ReportInvalidLiteral(source, text.Span, text.Text, "an email address");
                }

                return JourneyType.Email;
            case { Kind: TypeKind.Phone }:
                if (!LiteralRules.IsPhone(text.Value))
                {
                    diagnostics.ReportInvalidLiteral(source, text.Span, text.Text, "a phone number in international form such as \"+48 600 100 200\"");
                }

                return JourneyType.Phone;
            case { Kind: TypeKind.TimeZone }:
                if (!LiteralRules.IsTimeZone(text.Value))
                {
                    diagnostics.ReportInvalidTimeZone(source, text.Span, text.Value);
                }

                return JourneyType.TimeZone;
            default:
                return JourneyType.Text;
        }
    }

    private JourneyType BindName(NameSyntax name, BindingScope scope, JourneyType? expected)
    {
        if (name.IsMissing)
        {
            return JourneyType.Error;
        }

        switch (name.Text)
        {
            case "contact":
                if (symbols.Contact is { } contact)
                {
                    AddReference(contact, name.Span);
                }

                return JourneyType.Profile;
            case "event":
                if (scope.Event is { } @event)
                {
                    return new EventDataType(@event);
                }

                if (!scope.EventUnknown)
                {
                    diagnostics.ReportEventNotInScope(source, name.Span);
                }

                return JourneyType.Error;
            case "today":
                return JourneyType.Date;
            case "now":
                return JourneyType.DateTime;
        }

        // Compared with a value already reported as wrong, a bare name (an enum value, a template)
        // cannot be judged; reporting it too would be a second diagnostic for one mistake.
        if (expected is { IsError: true })
        {
            return JourneyType.Error;
        }

        if (expected is EnumType @enum)
        {
            if (@enum.Values.Contains(name.Text))
            {
                // `contact.stage == mql` names a lifecycle stage: a use of it, for rename and references.
                if (ReferenceEquals(@enum, lifecycleStageType) && symbols.StagesByName.TryGetValue(name.Text, out var stage))
                {
                    AddReference(stage, name.Span);
                }

                return @enum;
            }

            diagnostics.ReportUnknownEnumValue(source, name.Span, name.Text, @enum.DisplayName, Suggestions.Closest(name.Text, @enum.Values));
            return JourneyType.Error;
        }

        if (expected?.Kind == TypeKind.TemplateReference)
        {
            return ResolveTemplate(name) is null ? JourneyType.Error : JourneyType.TemplateReference;
        }

        var candidates = new List<string> { "contact", "today", "now" };
        if (scope.Event is not null)
        {
            candidates.Add("event");
        }

        diagnostics.ReportUnknownName(source, name.Span, name.Text, Suggestions.Closest(name.Text, candidates));
        return JourneyType.Error;
    }

    private JourneyType BindMember(MemberExpressionSyntax member, BindingScope scope)
    {
        var target = Bind(member.Target, scope);
        if (member.Member.IsMissing || target.IsError)
        {
            return JourneyType.Error;
        }

        RecordSymbol? record = target switch
        {
            { Kind: TypeKind.Profile } => symbols.Contact,
            EventDataType data => data.Event,
            _ => null,
        };
        if (record is null)
        {
            if (target.Kind != TypeKind.Profile)
            {
                diagnostics.ReportNoMembers(source, member.Member.Span, Describe(target));
            }

            return JourneyType.Error;
        }

        if (record.FindField(member.Member.Text) is { } field)
        {
            AddReference(field, member.Member.Span);
            return field.Type;
        }

        if (record is ContactSymbol && member.Member.Text == LifecycleStageField && symbols.HasLifecycle)
        {
            return lifecycleStageType ??= new EnumType(symbols.Stages.Select(s => s.Name).ToList());
        }

        var owner = record is ContactSymbol ? "The contact" : $"The event `{record.Name}`";
        diagnostics.ReportUnknownField(source, member.Member.Span, owner, member.Member.Text, Suggestions.Closest(member.Member.Text, record.Fields.Select(f => f.Name)));
        return JourneyType.Error;
    }

    private JourneyType BindList(ListExpressionSyntax list, BindingScope scope, JourneyType? expected)
    {
        var elementExpected = (expected as ListType)?.Element;
        JourneyType? element = null;
        foreach (var item in list.Items)
        {
            var type = Bind(item, scope, elementExpected ?? element);
            if (element is null || element.IsError)
            {
                element = type;
            }
            else if (!type.IsAssignableTo(element) && !element.IsAssignableTo(type))
            {
                diagnostics.ReportTypeMismatch(source, item.Span, Describe(element), Describe(type), "in this list");
            }
        }

        return new ListType(element ?? elementExpected ?? JourneyType.Error);
    }

    private JourneyType BindUnary(UnaryExpressionSyntax unary, BindingScope scope)
    {
        var operand = Bind(unary.Operand, scope);
        if (unary.Operator == UnaryOperator.Not)
        {
            if (operand.Kind != TypeKind.Bool && !operand.IsError)
            {
                diagnostics.ReportOperatorNotApplicable(source, unary.Span, "not", Describe(operand), "nothing");
                return JourneyType.Error;
            }

            return JourneyType.Bool;
        }

        if (!operand.IsNumeric && operand.Kind != TypeKind.Duration)
        {
            diagnostics.ReportOperatorNotApplicable(source, unary.Span, "-", Describe(operand), "nothing");
            return JourneyType.Error;
        }

        return operand;
    }

    private JourneyType BindIsSet(IsSetExpressionSyntax isSet, BindingScope scope)
    {
        Bind(isSet.Operand, scope);
        return JourneyType.Bool;
    }

    internal static string Describe(JourneyType type) => type switch
    {
        { Kind: TypeKind.Bool } => "true/false (bool)",
        EventDataType data => $"the event `{data.Event.Name}`",
        { Kind: TypeKind.Profile } => "the contact",
        _ => type.DisplayName,
    };
}
