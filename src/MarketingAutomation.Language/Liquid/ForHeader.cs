namespace MarketingAutomation.Language.Liquid;

/// <summary>What <c>{% for variable in collection ... %}</c> says, kept until the loop's end tag builds the node.</summary>
internal sealed record ForHeader(string Variable, LiquidExpression Collection, LiquidExpression? Limit, LiquidExpression? Skip, bool Reversed);
