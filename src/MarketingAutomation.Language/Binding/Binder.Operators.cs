using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Language.Binding;

internal sealed partial class Binder
{
    private JourneyType BindBinary(BinaryExpressionSyntax binary, BindingScope scope)
    {
        if (binary.Operator == BinaryOperator.In && IsSegmentMembership(binary, scope) is { } membership)
        {
            return membership;
        }

        var left = Bind(binary.Left, scope);
        var right = Bind(binary.Right, scope, ExpectedRight(binary.Operator, left));
        if (left.IsError || right.IsError)
        {
            return ResultWhenUnknown(binary.Operator, left);
        }

        var result = binary.Operator switch
        {
            BinaryOperator.And or BinaryOperator.Or =>
                left.Kind == TypeKind.Bool && right.Kind == TypeKind.Bool ? JourneyType.Bool : null,
            BinaryOperator.Equal or BinaryOperator.NotEqual =>
                right.IsAssignableTo(left) || left.IsAssignableTo(right) || (left.IsTextLike && right.IsTextLike) ? JourneyType.Bool : null,
            BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual =>
                AreOrdered(left, right) ? JourneyType.Bool : null,
            BinaryOperator.Contains or BinaryOperator.StartsWith or BinaryOperator.EndsWith =>
                (left.IsTextLike && right.IsTextLike) || (binary.Operator == BinaryOperator.Contains && left is ListType list && right.IsAssignableTo(list.Element))
                    ? JourneyType.Bool : null,
            BinaryOperator.In => right is ListType items && (left.IsAssignableTo(items.Element) || (left.IsTextLike && items.Element.IsTextLike)) ? JourneyType.Bool : null,
            BinaryOperator.Add or BinaryOperator.Subtract => Arithmetic(binary.Operator, left, right),
            _ => left.IsNumeric && right.IsNumeric ? Widest(left, right) : null,
        };
        if (result is null)
        {
            diagnostics.ReportOperatorNotApplicable(source, binary.OperatorSpan, OperatorText(binary), Describe(left), Describe(right));
            return ResultWhenUnknown(binary.Operator, left);
        }

        return result;
    }

    // `contact in vip` asks whether the contact belongs to the segment `vip`.
    private JourneyType? IsSegmentMembership(BinaryExpressionSyntax binary, BindingScope scope)
    {
        if (binary.Right is not NameExpressionSyntax { Name: var name } || binary.Left is not NameExpressionSyntax { Name.Text: "contact" })
        {
            return null;
        }

        Bind(binary.Left, scope);
        ResolveSegment(name);
        return JourneyType.Bool;
    }

    private static JourneyType? ExpectedRight(BinaryOperator op, JourneyType left) => op switch
    {
        BinaryOperator.In => new ListType(left),
        BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.Less or BinaryOperator.LessOrEqual
            or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual => left,
        BinaryOperator.Contains when left is ListType list => list.Element,
        _ => null,
    };

    private static JourneyType ResultWhenUnknown(BinaryOperator op, JourneyType left) => op switch
    {
        BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide => left.IsError ? JourneyType.Error : left,
        _ => JourneyType.Bool,
    };

    private static bool AreOrdered(JourneyType left, JourneyType right) =>
        (left.IsNumeric && right.IsNumeric)
        || (left.IsMoment && right.IsMoment)
        || (left.Kind == right.Kind && left.Kind is TypeKind.Time or TypeKind.Duration or TypeKind.Text);

    private static JourneyType? Arithmetic(BinaryOperator op, JourneyType left, JourneyType right)
    {
        if (left.IsNumeric && right.IsNumeric)
        {
            return Widest(left, right);
        }

        if (left.IsMoment && right.Kind == TypeKind.Duration)
        {
            return left;
        }

        if (op == BinaryOperator.Add && left.Kind == TypeKind.Duration && right.IsMoment)
        {
            return right;
        }

        if (left.Kind == TypeKind.Duration && right.Kind == TypeKind.Duration)
        {
            return JourneyType.Duration;
        }

        if (op == BinaryOperator.Add && left.IsTextLike && right.IsTextLike)
        {
            return JourneyType.Text;
        }

        return null;
    }

    private static JourneyType Widest(JourneyType left, JourneyType right) =>
        left.Kind == TypeKind.Money || right.Kind == TypeKind.Money ? JourneyType.Money : JourneyType.Number;

    private string OperatorText(BinaryExpressionSyntax binary) =>
        (binary.Negated ? "not " : string.Empty) + source.Text.Substring(binary.OperatorSpan.Start, binary.OperatorSpan.Length);
}
