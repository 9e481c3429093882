using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Syntax;

/// <summary>Every node of the syntax tree knows the exact span of source text it covers.</summary>
public abstract record SyntaxNode(TextSpan Span);

/// <summary>A name as written, such as a declaration's name or a field after a dot.</summary>
public sealed record NameSyntax(string Text, TextSpan Span) : SyntaxNode(Span)
{
    /// <summary>True where the parser had to make the name up to recover from an error.</summary>
    public bool IsMissing => Text.Length == 0;

    public override string ToString() => Text;
}

/// <summary>One parsed .journey file: its declarations in source order.</summary>
public sealed record CompilationUnitSyntax(IReadOnlyList<DeclarationSyntax> Declarations, TextSpan Span) : SyntaxNode(Span);

public abstract record DeclarationSyntax(TextSpan Span) : SyntaxNode(Span)
{
    /// <summary>The comment lines written directly above the declaration, without the slashes.</summary>
    public string? Documentation { get; init; }
}

public sealed record ContactDeclarationSyntax(IReadOnlyList<FieldDeclarationSyntax> Fields, TextSpan KeywordSpan, TextSpan Span) : DeclarationSyntax(Span);

public sealed record EventDeclarationSyntax(NameSyntax Name, IReadOnlyList<FieldDeclarationSyntax> Fields, TextSpan Span) : DeclarationSyntax(Span);

public sealed record FieldDeclarationSyntax(NameSyntax Name, TypeSyntax Type, ExpressionSyntax? Default, TextSpan Span) : SyntaxNode(Span);

public abstract record TypeSyntax(bool IsOptional, TextSpan Span) : SyntaxNode(Span);

public sealed record NamedTypeSyntax(NameSyntax Name, bool IsOptional, TextSpan Span) : TypeSyntax(IsOptional, Span);

public sealed record EnumTypeSyntax(IReadOnlyList<NameSyntax> Values, bool IsOptional, TextSpan Span) : TypeSyntax(IsOptional, Span);

public sealed record ListTypeSyntax(TypeSyntax ElementType, bool IsOptional, TextSpan Span) : TypeSyntax(IsOptional, Span);

/// <summary>A message template. Transactional ones (receipts, password resets) skip quiet hours, caps and marketing opt-outs.</summary>
public sealed record TemplateDeclarationSyntax(NameSyntax Channel, NameSyntax Name, bool IsTransactional, IReadOnlyList<TemplatePartSyntax> Parts, TextSpan Span) : DeclarationSyntax(Span);

public enum TemplatePartKind
{
    /// <summary>The whole message of a one-line template, such as an SMS.</summary>
    Inline,
    Subject,
    Body,
    Text,
    Preheader,
}

/// <summary>A part of a template: inline Liquid text, or a file beside the script holding it.</summary>
public sealed record TemplatePartSyntax(TemplatePartKind Kind, StringLiteralSyntax Value, bool IsFile, TextSpan Span) : SyntaxNode(Span);

public sealed record SegmentDeclarationSyntax(NameSyntax Name, ExpressionSyntax Condition, TextSpan Span) : DeclarationSyntax(Span);

public sealed record ScoreDeclarationSyntax(NameSyntax Name, IReadOnlyList<ScoreRuleSyntax> Rules, TextSpan Span) : DeclarationSyntax(Span);

public abstract record ScoreRuleSyntax(TextSpan Span) : SyntaxNode(Span);

public sealed record ScoreOnRuleSyntax(
    EventReferenceSyntax Event,
    ExpressionSyntax? Filter,
    NumberLiteralSyntax Points,
    bool IsNegative,
    IntLimitSyntax? Cap,
    TextSpan Span) : ScoreRuleSyntax(Span);

/// <summary>`max 3 per 1d`: at most Count times in each Period.</summary>
public sealed record IntLimitSyntax(int Count, TextSpan CountSpan, DurationLiteralSyntax Period, TextSpan Span) : SyntaxNode(Span);

public sealed record ScoreDecayRuleSyntax(PercentLiteralSyntax Percent, DurationLiteralSyntax Period, TextSpan Span) : ScoreRuleSyntax(Span);

public sealed record LifecycleDeclarationSyntax(IReadOnlyList<NameSyntax> Stages, TextSpan Span) : DeclarationSyntax(Span);

public sealed record PolicyDeclarationSyntax(IReadOnlyList<PolicyRuleSyntax> Rules, TextSpan Span) : DeclarationSyntax(Span);

public abstract record PolicyRuleSyntax(TextSpan Span) : SyntaxNode(Span);

public sealed record QuietHoursRuleSyntax(TimeLiteralSyntax From, TimeLiteralSyntax To, TimeZoneKind Zone, TextSpan Span) : PolicyRuleSyntax(Span);

public sealed record FrequencyCapRuleSyntax(NameSyntax Channel, IntLimitSyntax Limit, TextSpan Span) : PolicyRuleSyntax(Span);

public sealed record ConnectionDeclarationSyntax(NameSyntax Name, TextSpan Span) : DeclarationSyntax(Span);

/// <summary>Whether a time of day is read in the contact's own time zone or in UTC.</summary>
public enum TimeZoneKind
{
    Local,
    Utc,
}
