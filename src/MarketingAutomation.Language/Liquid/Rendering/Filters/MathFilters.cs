namespace MarketingAutomation.Language.Liquid.Rendering.Filters;

/// <summary>
/// Arithmetic on decimals. As in Liquid, nil counts as 0 and a numeric text as its number; a
/// number written without a decimal point is an integer, so <c>divided_by</c> of two integers
/// rounds down (<c>7 | divided_by: 2</c> is 3) while <c>7 | divided_by: 2.0</c> is 3.5.
/// </summary>
internal static class MathFilters
{
    public static object? Plus(FilterCall call) => Binary(call, (a, b) => a + b);

    public static object? Minus(FilterCall call) => Binary(call, (a, b) => a - b);

    public static object? Times(FilterCall call) => Binary(call, (a, b) => a * b);

    public static object? DividedBy(FilterCall call) => Binary(call, (a, b) =>
    {
        if (b == 0)
        {
            return null;
        }

        return LiquidValues.IsInteger(a) && LiquidValues.IsInteger(b) ? decimal.Floor(a / b) : a / b;
    });

    /// <summary>The remainder with the divisor's sign, as in Ruby: <c>-7 | modulo: 3</c> is 2.</summary>
    public static object? Modulo(FilterCall call) => Binary(call, (a, b) =>
    {
        if (b == 0)
        {
            return null;
        }

        var remainder = a % b;
        return remainder != 0 && (remainder < 0) != (b < 0) ? remainder + b : remainder;
    });

    public static object? AtLeast(FilterCall call) => Binary(call, (a, b) => Math.Max(a, b));

    public static object? AtMost(FilterCall call) => Binary(call, (a, b) => Math.Min(a, b));

    public static object? Abs(FilterCall call) => Unary(call, Math.Abs);

    public static object? Ceil(FilterCall call) => Unary(call, decimal.Ceiling);

    public static object? Floor(FilterCall call) => Unary(call, decimal.Floor);

    /// <summary><c>round</c> to a whole number, <c>round: 2</c> to two places; halves round away from zero as in Ruby.</summary>
    public static object? Round(FilterCall call)
    {
        if (!call.TryIntegerArgument(0, 0, out var places) || places is < 0 or > 28)
        {
            return call.Reject($"expects a number of decimal places from 0 to 28, not {call.Text(call.Argument(0))}");
        }

        return Unary(call, value => decimal.Round(value, places, MidpointRounding.AwayFromZero));
    }

    /// <summary>The input as a number: nil is 0, as in Liquid; null when it is not a number at all.</summary>
    public static decimal? Operand(object? value) =>
        value is null ? 0 : LiquidValues.TryNumber(value, out var number) ? number : null;

    private static object? Unary(FilterCall call, Func<decimal, decimal> operation)
    {
        if (Operand(call.Input) is not { } value)
        {
            return call.Reject($"expects a number, not {LiquidValues.Describe(call.Input)}");
        }

        try
        {
            return operation(value);
        }
        catch (OverflowException)
        {
            return call.Reject("the result is too large");
        }
    }

    /// <summary>Applies an operation that returns null for a division by zero.</summary>
    private static object? Binary(FilterCall call, Func<decimal, decimal, decimal?> operation)
    {
        if (Operand(call.Input) is not { } left)
        {
            return call.Reject($"expects a number, not {LiquidValues.Describe(call.Input)}");
        }

        if (Operand(call.Argument(0)) is not { } right)
        {
            return call.Reject($"expects a number argument, not {LiquidValues.Describe(call.Argument(0))}");
        }

        // Decimal arithmetic throws on overflow; a template's numbers must not stop the message.
        try
        {
            return operation(left, right) is { } result ? result : call.Reject("cannot divide by zero");
        }
        catch (OverflowException)
        {
            return call.Reject("the result is too large");
        }
    }
}
