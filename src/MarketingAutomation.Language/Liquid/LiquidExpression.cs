namespace MarketingAutomation.Language.Liquid;

/// <summary>A value inside a tag or output. Offset and Length cover it in the template text.</summary>
public abstract record LiquidExpression(int Offset, int Length);

/// <summary>Stands where a value could not be parsed; the error is already reported.</summary>
public sealed record LiquidMissingExpression(int Offset) : LiquidExpression(Offset, 0);

/// <summary>A quoted string; Value is the text between the quotes (Liquid has no escapes).</summary>
public sealed record LiquidStringLiteral(string Value, int Offset, int Length) : LiquidExpression(Offset, Length);

/// <summary>A number; IsInteger keeps Liquid's integer arithmetic apart from decimal arithmetic.</summary>
public sealed record LiquidNumberLiteral(decimal Value, bool IsInteger, int Offset, int Length) : LiquidExpression(Offset, Length);

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record LiquidBooleanLiteral(bool Value, int Offset, int Length) : LiquidExpression(Offset, Length);

/// <summary><c>nil</c> (or its alias <c>null</c>).</summary>
public sealed record LiquidNilLiteral(int Offset, int Length) : LiquidExpression(Offset, Length);

/// <summary><c>empty</c>: equals an empty string, list or object.</summary>
public sealed record LiquidEmptyLiteral(int Offset, int Length) : LiquidExpression(Offset, Length);

/// <summary><c>blank</c>: equals nil, false, empty and whitespace-only strings.</summary>
public sealed record LiquidBlankLiteral(int Offset, int Length) : LiquidExpression(Offset, Length);

/// <summary>A variable and the members read from it: <c>contact.address["city"]</c>, <c>items[0]</c>.</summary>
public sealed record LiquidVariable(string Name, IReadOnlyList<LiquidAccessor> Accessors, int Offset, int Length)
    : LiquidExpression(Offset, Length);

/// <summary>One step along a variable path.</summary>
public abstract record LiquidAccessor(int Offset, int Length);

/// <summary>A member known when the template is written: <c>.name</c> or <c>["name"]</c>.</summary>
public sealed record LiquidMemberAccessor(string Name, int Offset, int Length) : LiquidAccessor(Offset, Length);

/// <summary>A member or item chosen by a value: <c>[0]</c>, <c>[key]</c>.</summary>
public sealed record LiquidIndexAccessor(LiquidExpression Index, int Offset, int Length) : LiquidAccessor(Offset, Length);

/// <summary><c>(start..end)</c>, both ends included.</summary>
public sealed record LiquidRange(LiquidExpression Start, LiquidExpression End, int Offset, int Length) : LiquidExpression(Offset, Length);

public enum LiquidOperator
{
    Equal,
    NotEqual,
    Less,
    Greater,
    LessOrEqual,
    GreaterOrEqual,
    Contains,
    And,
    Or,
}

/// <summary>
/// A comparison, or <c>and</c>/<c>or</c>. Liquid gives and/or no precedence and evaluates them
/// from the right, so <c>a or b and c</c> is parsed as <c>a or (b and c)</c>.
/// </summary>
public sealed record LiquidBinaryExpression(LiquidExpression Left, LiquidOperator Operator, LiquidExpression Right, int Offset, int Length)
    : LiquidExpression(Offset, Length);
