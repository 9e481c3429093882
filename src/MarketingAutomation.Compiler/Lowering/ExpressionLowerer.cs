using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Compiler.Lowering;

/// <summary>
/// Lowers checked expressions to plain C# over the typed records: `contact` is the local of the
/// generated contact type, `context` the host's <c>IJourneyContext</c>. Types are worked out
/// again here the way the binder does, which is safe because only error-free workspaces get here.
/// </summary>
internal sealed partial class ExpressionLowerer(SchemaNames names)
{
    private const string Ops = SchemaNames.Runtime + "Ops.";

    private SymbolTable Symbols => names.Symbols;

    /// <summary>A condition as a C# `bool`: a missing optional value reads as false.</summary>
    public string Condition(ExpressionSyntax expression, EventScope scope)
    {
        var lowered = Lower(expression, scope, JourneyType.Bool);
        return lowered.Nullable ? "(" + lowered.Code + " == true)" : lowered.Code;
    }

    public Lowered Lower(ExpressionSyntax expression, EventScope scope, JourneyType? expected = null) => expression switch
    {
        LiteralSyntax literal => Literal(literal, expected),
        NameExpressionSyntax name => Name(name.Name.Text, expected),
        MemberExpressionSyntax member => Member(member, scope),
        CallExpressionSyntax call => Call(call, scope),
        HasTagExpressionSyntax tag => new("context.HasTag(" + CSharpLiteral.String(tag.Tag.Value) + ")", JourneyType.Bool),
        IsSetExpressionSyntax isSet => IsSet(isSet, scope),
        ListExpressionSyntax list => List(list, scope, expected),
        ParenthesizedExpressionSyntax parenthesized => Parenthesize(Lower(parenthesized.Inner, scope, expected)),
        UnaryExpressionSyntax unary => Unary(unary, scope),
        BinaryExpressionSyntax binary => Binary(binary, scope),
        _ => throw new LoweringException("an expression the compiler cannot translate"),
    };

    private static Lowered Parenthesize(Lowered inner) => inner with { Code = "(" + inner.Code + ")" };

    private Lowered Literal(LiteralSyntax literal, JourneyType? expected) => literal switch
    {
        StringLiteralSyntax text when expected is EnumType e && e.Values.Contains(text.Value) => new(names.EnumMember(e, text.Value), e),
        StringLiteralSyntax text => new(CSharpLiteral.String(text.Value), expected is { IsTextLike: true } ? expected : JourneyType.Text),
        NumberLiteralSyntax number => new(CSharpLiteral.Decimal(number.Value), expected?.Kind == TypeKind.Money ? JourneyType.Money : JourneyType.Number),
        PercentLiteralSyntax percent => new(CSharpLiteral.Decimal(percent.Value), JourneyType.Percent),
        BoolLiteralSyntax boolean => new(CSharpLiteral.Bool(boolean.Value), JourneyType.Bool),
        DurationLiteralSyntax duration => new(Duration(duration), JourneyType.Duration),
        TimeLiteralSyntax time => new($"new global::System.TimeOnly({time.Hour}, {time.Minute})", JourneyType.Time),
        DateLiteralSyntax { Value: { } date } => new($"new global::System.DateOnly({date.Year}, {date.Month}, {date.Day})", JourneyType.Date),
        _ => throw new LoweringException("a literal the compiler cannot translate"),
    };

    /// <summary>A duration literal as the TimeSpan factory of its unit, so `2d` reads as days.</summary>
    public static string Duration(DurationLiteralSyntax duration)
    {
        var amount = duration.Amount ?? throw new LoweringException("a duration out of range");
        return duration.Unit switch
        {
            DurationUnit.Seconds => $"global::System.TimeSpan.FromSeconds({CSharpLiteral.Int(amount)}L)",
            DurationUnit.Minutes => $"global::System.TimeSpan.FromMinutes({CSharpLiteral.Int(amount)}L)",
            DurationUnit.Hours => $"global::System.TimeSpan.FromHours({CSharpLiteral.Int(amount)})",
            DurationUnit.Days => $"global::System.TimeSpan.FromDays({CSharpLiteral.Int(amount)})",
            _ => $"global::System.TimeSpan.FromDays({CSharpLiteral.Int(amount * 7)})",
        };
    }

    private Lowered Name(string name, JourneyType? expected)
    {
        switch (name)
        {
            case "now":
                return new("context.Now", JourneyType.DateTime);
            case "today":
                return new("context.Today", JourneyType.Date);
        }

        if (expected is EnumType e && e.Values.Contains(name))
        {
            return new(names.EnumMember(e, name), e);
        }

        if (names.IsTemplate(name))
        {
            return new(CSharpLiteral.String(name), JourneyType.TemplateReference);
        }

        throw new LoweringException($"the name `{name}` has no meaning here");
    }

    private Lowered IsSet(IsSetExpressionSyntax isSet, EventScope scope)
    {
        var operand = Lower(isSet.Operand, scope);
        return new("(" + operand.Code + (isSet.Negated ? " is null)" : " is not null)"), JourneyType.Bool);
    }

    private Lowered List(ListExpressionSyntax list, EventScope scope, JourneyType? expected)
    {
        var elementExpected = (expected as ListType)?.Element;
        var items = list.Items.Select(i => Lower(i, scope, elementExpected)).ToList();
        var element = elementExpected ?? (items.Count > 0 ? items[0].Type : JourneyType.Text);
        if (element.Kind == TypeKind.Number && items.Any(i => i.Type.Kind == TypeKind.Money))
        {
            element = JourneyType.Money;
        }

        var type = names.TypeOf(element);
        var code = items.Count == 0
            ? $"global::System.Array.Empty<{type}>()"
            : $"new {type}[] {{ {string.Join(", ", items.Select(i => i.Code))} }}";
        return new(code, new ListType(element));
    }

    private Lowered Unary(UnaryExpressionSyntax unary, EventScope scope)
    {
        if (unary.Operator == UnaryOperator.Not)
        {
            return new("!" + Wrap(Condition(unary.Operand, scope)), JourneyType.Bool);
        }

        var operand = Lower(unary.Operand, scope);
        return operand with { Code = "-" + Wrap(operand.Code) };
    }

    private static string Wrap(string code) => "(" + code + ")";
}
