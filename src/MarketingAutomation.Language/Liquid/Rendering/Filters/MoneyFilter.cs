using System.Globalization;

namespace MarketingAutomation.Language.Liquid.Rendering.Filters;

/// <summary>
/// The product's own <c>money</c>: an amount with two decimals and grouped thousands, in the
/// render's culture (invariant: <c>1,234.50</c>). No currency is added, because amounts carry
/// none: templates write it themselves (<c>{{ total | money }} PLN</c>). A missing amount shows
/// nothing rather than a misleading 0.00.
/// </summary>
internal static class MoneyFilter
{
    public static object? Apply(FilterCall call)
    {
        if (call.Input is null)
        {
            return null;
        }

        if (!LiquidValues.TryNumber(call.Input, out var amount))
        {
            return call.Reject($"expects an amount, not {LiquidValues.Describe(call.Input)}");
        }

        var culture = call.Options.Culture ?? CultureInfo.InvariantCulture;
        return decimal.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("N2", culture);
    }
}
