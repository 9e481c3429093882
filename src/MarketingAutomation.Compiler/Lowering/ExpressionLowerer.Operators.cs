using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Compiler.Lowering;

internal sealed partial class ExpressionLowerer
{
    private Lowered Binary(BinaryExpressionSyntax binary, EventScope scope)
    {
        switch (binary.Operator)
        {
            case BinaryOperator.And or BinaryOperator.Or:
                var op = binary.Operator == BinaryOperator.And ? " && " : " || ";
                return new("(" + Condition(binary.Left, scope) + op + Condition(binary.Right, scope) + ")", JourneyType.Bool);
            case BinaryOperator.In when binary is { Left: NameExpressionSyntax { Name.Text: "contact" }, Right: NameExpressionSyntax { Name.Text: var segment } }:
                var member = segment == BuiltIns.Everyone ? "true" : $"{SchemaNames.SegmentsType}.{names.Segment(segment)}(contact, context)";
                return new(binary.Negated ? "!" + member : member, JourneyType.Bool);
        }

        var (left, right) = Operands(binary, scope);
        var negate = binary.Negated ? "!" : string.Empty;
        switch (binary.Operator)
        {
            case BinaryOperator.In:
                return new($"{negate}{Ops}In({left.Code}, {right.Code})", JourneyType.Bool);
            case BinaryOperator.Contains:
                return new($"{negate}{Ops}Contains({left.Code}, {right.Code})", JourneyType.Bool);
            case BinaryOperator.StartsWith:
                return new($"{negate}{Ops}StartsWith({left.Code}, {right.Code})", JourneyType.Bool);
            case BinaryOperator.EndsWith:
                return new($"{negate}{Ops}EndsWith({left.Code}, {right.Code})", JourneyType.Bool);
            case BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual:
                return Comparison(binary.Operator, left, right);
            default:
                return Arithmetic(binary.Operator, left, right);
        }
    }

    /// <summary>
    /// Both sides, the typed one first: a bare enum value (`== pro`) only means something once
    /// the other side's enum is known.
    /// </summary>
    private (Lowered Left, Lowered Right) Operands(BinaryExpressionSyntax binary, EventScope scope)
    {
        if (IsBareName(binary.Left) && !IsBareName(binary.Right))
        {
            var r = Lower(binary.Right, scope);
            var l = Lower(binary.Left, scope, ExpectedOther(binary.Operator, r.Type, leftOfIn: false));
            return (l, r);
        }

        var left = Lower(binary.Left, scope);
        return (left, Lower(binary.Right, scope, ExpectedOther(binary.Operator, left.Type, leftOfIn: true)));
    }

    private static JourneyType ExpectedOther(BinaryOperator op, JourneyType known, bool leftOfIn) => op switch
    {
        BinaryOperator.In when leftOfIn => new ListType(known),
        BinaryOperator.In => known is ListType l ? l.Element : known,
        BinaryOperator.Contains when known is ListType l => l.Element,
        _ => known,
    };

    private static bool IsBareName(ExpressionSyntax expression) =>
        expression is NameExpressionSyntax { Name.Text: not ("now" or "today") } or StringLiteralSyntax;

    private static Lowered Comparison(BinaryOperator op, Lowered left, Lowered right)
    {
        // A date against a moment compares the date's midnight.
        if (left.Type.Kind == TypeKind.Date && right.Type.Kind == TypeKind.DateTime)
        {
            left = new($"{Ops}Moment(context, {left.Code})", JourneyType.DateTime, true);
        }
        else if (right.Type.Kind == TypeKind.Date && left.Type.Kind == TypeKind.DateTime)
        {
            right = new($"{Ops}Moment(context, {right.Code})", JourneyType.DateTime, true);
        }

        var symbol = op switch
        {
            BinaryOperator.Equal => "==",
            BinaryOperator.NotEqual => "!=",
            BinaryOperator.Less => "<",
            BinaryOperator.LessOrEqual => "<=",
            BinaryOperator.Greater => ">",
            _ => ">=",
        };

        var isText = left.Type.IsTextLike && !left.Type.IsError && right.Type.IsTextLike;
        if (isText && op is not (BinaryOperator.Equal or BinaryOperator.NotEqual))
        {
            return new($"({Ops}CompareText({left.Code}, {right.Code}) {symbol} 0)", JourneyType.Bool);
        }

        return new($"({left.Code} {symbol} {right.Code})", JourneyType.Bool);
    }

    private static Lowered Arithmetic(BinaryOperator op, Lowered left, Lowered right)
    {
        var nullable = left.Nullable || right.Nullable;
        var symbol = op switch
        {
            BinaryOperator.Add => "+",
            BinaryOperator.Subtract => "-",
            BinaryOperator.Multiply => "*",
            _ => "/",
        };

        if (left.Type.Kind == TypeKind.Date && right.Type.Kind == TypeKind.Duration)
        {
            var duration = op == BinaryOperator.Subtract ? "-(" + right.Code + ")" : right.Code;
            return new($"{Ops}Add({left.Code}, {duration})", JourneyType.Date, true);
        }

        if (op == BinaryOperator.Add && left.Type.IsTextLike && right.Type.IsTextLike)
        {
            return new($"{Ops}Concat({left.Code}, {right.Code})", JourneyType.Text);
        }

        var type = left.Type.Kind switch
        {
            TypeKind.DateTime or TypeKind.Duration => left.Type,
            _ when left.Type.Kind == TypeKind.Money || right.Type.Kind == TypeKind.Money => JourneyType.Money,
            _ => JourneyType.Number,
        };
        return new($"({left.Code} {symbol} {right.Code})", type, nullable);
    }
}
