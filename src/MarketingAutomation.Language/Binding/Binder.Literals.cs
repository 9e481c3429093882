using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Language.Binding;

/// <summary>Range checks of literals whose valid range depends on where they are written.</summary>
internal sealed partial class Binder
{
    private void CheckDuration(DurationLiteralSyntax duration, bool allowZero)
    {
        var value = duration.Value;
        if (value is null || value > LiteralRules.MaxDuration || (!allowZero && value == TimeSpan.Zero))
        {
            diagnostics.ReportDurationOutOfRange(source, duration.Span, duration.Text, allowZero);
        }
    }

    /// <summary>A duration written as any expression (wait, timeout): a literal is range-checked too.</summary>
    private void CheckDurationExpression(ExpressionSyntax expression, BindingScope scope, string where)
    {
        if (expression is DurationLiteralSyntax literal)
        {
            CheckDuration(literal, allowZero: false);
            return;
        }

        if (IsNegatedDuration(expression))
        {
            diagnostics.ReportDurationOutOfRange(source, expression.Span, source.Text.Substring(expression.Span.Start, expression.Span.Length), allowZero: false);
            return;
        }

        CheckValue(expression, JourneyType.Duration, scope, where);
    }

    /// <summary>`-2d` or `-(2d)`: a duration written below zero.</summary>
    private static bool IsNegatedDuration(ExpressionSyntax expression) =>
        expression is UnaryExpressionSyntax { Operator: UnaryOperator.Negate, Operand: var operand }
        && (operand is DurationLiteralSyntax || operand is ParenthesizedExpressionSyntax { Inner: DurationLiteralSyntax });

    private void CheckTime(TimeLiteralSyntax time)
    {
        if (!time.IsValid)
        {
            diagnostics.ReportTimeOutOfRange(source, time.Span, time.Text);
        }
    }

    private void CheckDate(DateLiteralSyntax date)
    {
        if (date.Value is null)
        {
            diagnostics.ReportInvalidDate(source, date.Span, date.Text);
        }
    }

    /// <summary>Checks lower &lt; percent &lt;= upper (or &lt; upper when the upper bound is exclusive).</summary>
    private void CheckPercent(PercentLiteralSyntax percent, decimal lower, decimal upper, bool upperInclusive)
    {
        var fits = percent.Value > lower && (upperInclusive ? percent.Value <= upper : percent.Value < upper);
        if (!fits)
        {
            var range = $"more than {lower}% and {(upperInclusive ? "at most" : "less than")} {upper}%";
            diagnostics.ReportPercentOutOfRange(source, percent.Span, percent.Text, range);
        }
    }

    private void CheckCount(IntLimitSyntax limit)
    {
        if (limit.Count == 0)
        {
            diagnostics.ReportZeroCap(source, limit.CountSpan);
        }
        else if (limit.Count == int.MaxValue)
        {
            diagnostics.ReportNumberOutOfRange(source, limit.CountSpan, source.Text.Substring(limit.CountSpan.Start, limit.CountSpan.Length), "use a whole number below 2,147,483,647");
        }

        CheckDuration(limit.Period, allowZero: false);
    }
}
