using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Hosting.Testing;

/// <summary>
/// Turns the values written in a test (`total: 120`, `category: beans`, `starts_at: now + 14d`)
/// into the runtime's plain values for the field they fill. The checker has already typed them;
/// what is left here is the value itself.
/// </summary>
internal static class TestValues
{
    public static Dictionary<string, object?> Record(ObjectLiteralSyntax? literal, IReadOnlyList<FieldInfo> fields, DateTimeOffset now, DateOnly today)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in literal?.Properties ?? [])
        {
            var field = fields.FirstOrDefault(f => f.Name == property.Name.Text)
                ?? throw new TestSetupException(property.Name.Span, $"no field '{property.Name.Text}'");
            values[field.Name] = Value(property.Value, field.Kind, field.ElementKind, now, today);
        }

        return values;
    }

    public static object? Value(ExpressionSyntax expression, FieldKind kind, FieldKind? elementKind, DateTimeOffset now, DateOnly today) => expression switch
    {
        ParenthesizedExpressionSyntax p => Value(p.Inner, kind, elementKind, now, today),
        StringLiteralSyntax s => s.Value,
        NumberLiteralSyntax n => n.Value,
        UnaryExpressionSyntax { Operator: UnaryOperator.Negate, Operand: NumberLiteralSyntax n } => -n.Value,
        BoolLiteralSyntax b => b.Value,
        DateLiteralSyntax { Value: { } d } => d,
        TimeLiteralSyntax { IsValid: true } t => new TimeOnly(t.Hour, t.Minute),
        DurationLiteralSyntax { Value: { } d } => d,
        PercentLiteralSyntax p => p.Value,
        ListExpressionSyntax list => list.Items.Select(i => Value(i, elementKind ?? FieldKind.Text, null, now, today)).ToArray(),
        NameExpressionSyntax { Name.Text: "now" } => now,
        NameExpressionSyntax { Name.Text: "today" } => today,
        NameExpressionSyntax name => name.Name.Text,
        BinaryExpressionSyntax { Operator: BinaryOperator.Add or BinaryOperator.Subtract } b => Shifted(b, kind, now, today),
        _ => throw new TestSetupException(expression.Span, "tests take plain values here: literals, names, `now` or `today` plus or minus a duration"),
    };

    private static object Shifted(BinaryExpressionSyntax b, FieldKind kind, DateTimeOffset now, DateOnly today)
    {
        var start = Value(b.Left, kind, null, now, today);
        if (Value(b.Right, FieldKind.Duration, null, now, today) is not TimeSpan offset)
        {
            throw new TestSetupException(b.Right.Span, "expected a duration such as `14d`");
        }

        if (b.Operator == BinaryOperator.Subtract)
        {
            offset = offset.Negate();
        }

        return start switch
        {
            DateTimeOffset moment => moment + offset,
            DateOnly date => date.AddDays((int)Math.Floor(offset.TotalDays)),
            _ => throw new TestSetupException(b.Span, "only `now` and `today` (and dates) can be moved by a duration in a test"),
        };
    }
}

/// <summary>A test that cannot be set up (a value the runner cannot use), located in the script.</summary>
internal sealed class TestSetupException(Language.Text.TextSpan span, string message) : Exception(message)
{
    public Language.Text.TextSpan Span { get; } = span;
}
