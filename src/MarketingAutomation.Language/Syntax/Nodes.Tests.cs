using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Syntax;

/// <summary>`test "name" for journey { ... }`: a scripted contact and timeline with expectations.</summary>
public sealed record TestDeclarationSyntax(StringLiteralSyntax Name, NameSyntax Journey, IReadOnlyList<TestItemSyntax> Items, TextSpan Span) : DeclarationSyntax(Span);

public abstract record TestItemSyntax(TextSpan Span) : SyntaxNode(Span);

public sealed record TestContactSyntax(ObjectLiteralSyntax Profile, TextSpan Span) : TestItemSyntax(Span);

/// <summary>`at 3h event email.opened {...}`: an event arriving at a moment of the virtual clock.</summary>
public sealed record TestEventSyntax(ExpressionSyntax At, EventReferenceSyntax Event, ObjectLiteralSyntax? Payload, TextSpan Span) : TestItemSyntax(Span);

/// <summary>`at 1d set contact.plan = pro`: a profile change at a moment of the virtual clock.</summary>
public sealed record TestSetSyntax(ExpressionSyntax At, ExpressionSyntax Target, ExpressionSyntax Value, TextSpan Span) : TestItemSyntax(Span);

public enum ExpectationKind
{
    Send,
    Goal,
    Exit,
    Stage,
    Tag,
    Post,
    Notify,
}

/// <summary>
/// `expect [no] send email welcome_1 [at 2d]` and its siblings. Subject is the template, stage or
/// connection named; Channel only for sends; Tag only for tags.
/// </summary>
public sealed record TestExpectSyntax(
    bool Negated,
    ExpectationKind Kind,
    NameSyntax? Channel,
    NameSyntax? Subject,
    StringLiteralSyntax? Tag,
    ExpressionSyntax? At,
    TextSpan Span) : TestItemSyntax(Span);
