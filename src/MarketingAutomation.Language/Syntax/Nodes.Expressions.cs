using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Syntax;

public abstract record ExpressionSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary>Stands where the parser found no expression; the syntax error is already reported.</summary>
public sealed record MissingExpressionSyntax(TextSpan Span) : ExpressionSyntax(Span);

public sealed record NameExpressionSyntax(NameSyntax Name) : ExpressionSyntax(Name.Span);

public sealed record MemberExpressionSyntax(ExpressionSyntax Target, NameSyntax Member, TextSpan Span) : ExpressionSyntax(Span);

public sealed record ArgumentSyntax(ExpressionSyntax Value, DurationLiteralSyntax? Within, TextSpan Span) : SyntaxNode(Span);

public sealed record CallExpressionSyntax(NameSyntax Function, IReadOnlyList<ArgumentSyntax> Arguments, TextSpan Span) : ExpressionSyntax(Span);

/// <summary>`contact.birthday is set` / `is not set`: whether an optional value is present.</summary>
public sealed record IsSetExpressionSyntax(ExpressionSyntax Operand, bool Negated, TextSpan Span) : ExpressionSyntax(Span);

public sealed record HasTagExpressionSyntax(StringLiteralSyntax Tag, TextSpan Span) : ExpressionSyntax(Span);

public sealed record ListExpressionSyntax(IReadOnlyList<ExpressionSyntax> Items, TextSpan Span) : ExpressionSyntax(Span);

public sealed record ParenthesizedExpressionSyntax(ExpressionSyntax Inner, TextSpan Span) : ExpressionSyntax(Span);

public enum UnaryOperator
{
    Negate,
    Not,
}

public sealed record UnaryExpressionSyntax(UnaryOperator Operator, ExpressionSyntax Operand, TextSpan Span) : ExpressionSyntax(Span);

public enum BinaryOperator
{
    Multiply,
    Divide,
    Add,
    Subtract,
    In,
    Contains,
    StartsWith,
    EndsWith,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    And,
    Or,
}

/// <summary>A binary operation; Negated marks `not in`, `not contains` and the like.</summary>
public sealed record BinaryExpressionSyntax(ExpressionSyntax Left, BinaryOperator Operator, TextSpan OperatorSpan, bool Negated, ExpressionSyntax Right, TextSpan Span) : ExpressionSyntax(Span);

/// <summary>`{ name: value, ... }` as used for template arguments, payloads and test data.</summary>
public sealed record ObjectLiteralSyntax(IReadOnlyList<PropertySyntax> Properties, TextSpan Span) : SyntaxNode(Span);

public sealed record PropertySyntax(NameSyntax Name, ExpressionSyntax Value, TextSpan Span) : SyntaxNode(Span);

/// <summary>An event as named in a trigger, goal, wait or score rule: `order_placed` or `email.opened`.</summary>
public sealed record EventReferenceSyntax(NameSyntax? Namespace, NameSyntax Name, TextSpan Span) : SyntaxNode(Span)
{
    public string FullName => Namespace is null ? Name.Text : $"{Namespace.Text}.{Name.Text}";

    public override string ToString() => FullName;
}

public abstract record LiteralSyntax(string Text, TextSpan Span) : ExpressionSyntax(Span);

/// <summary>A string literal: Value has its escapes decoded; Text is as written, quotes included.</summary>
public sealed record StringLiteralSyntax(string Text, string Value, TextSpan Span) : LiteralSyntax(Text, Span);

public sealed record NumberLiteralSyntax(string Text, decimal Value, TextSpan Span) : LiteralSyntax(Text, Span);

public enum DurationUnit
{
    Seconds,
    Minutes,
    Hours,
    Days,
    Weeks,
}

/// <summary>`30m`, `2h`, `3d`, `2w`. Amount is null when the digits do not fit a number.</summary>
public sealed record DurationLiteralSyntax(string Text, long? Amount, DurationUnit Unit, TextSpan Span) : LiteralSyntax(Text, Span)
{
    public TimeSpan? Value => Amount is { } amount && amount <= MaxAmount(Unit) ? Unit switch
    {
        DurationUnit.Seconds => TimeSpan.FromSeconds(amount),
        DurationUnit.Minutes => TimeSpan.FromMinutes(amount),
        DurationUnit.Hours => TimeSpan.FromHours(amount),
        DurationUnit.Days => TimeSpan.FromDays(amount),
        _ => TimeSpan.FromDays(amount * 7),
    } : null;

    private static long MaxAmount(DurationUnit unit) => unit switch
    {
        DurationUnit.Seconds => 100L * 366 * 24 * 3600,
        DurationUnit.Minutes => 100L * 366 * 24 * 60,
        DurationUnit.Hours => 100L * 366 * 24,
        DurationUnit.Days => 100L * 366,
        _ => 100L * 53,
    };
}

public sealed record PercentLiteralSyntax(string Text, decimal Value, TextSpan Span) : LiteralSyntax(Text, Span);

/// <summary>`09:00`. Hour and Minute are as written and may be out of range (the binder reports it).</summary>
public sealed record TimeLiteralSyntax(string Text, int Hour, int Minute, TextSpan Span) : LiteralSyntax(Text, Span)
{
    public bool IsValid => Hour is >= 0 and < 24 && Minute is >= 0 and < 60;
}

/// <summary>`2026-12-01`. Value is null when the date does not exist (2026-02-30).</summary>
public sealed record DateLiteralSyntax(string Text, DateOnly? Value, TextSpan Span) : LiteralSyntax(Text, Span);

public sealed record BoolLiteralSyntax(string Text, bool Value, TextSpan Span) : LiteralSyntax(Text, Span);
