namespace MarketingAutomation.Language.Liquid;

/// <summary><c>| name: argument, key: argument</c>; Offset and Length run from the name to the last argument.</summary>
public sealed record LiquidFilter(string Name, IReadOnlyList<LiquidFilterArgument> Arguments, int Offset, int Length);

/// <summary>A filter argument; Name is set for keyword arguments such as <c>allow_false: true</c>.</summary>
public sealed record LiquidFilterArgument(string? Name, LiquidExpression Value, int Offset, int Length);
