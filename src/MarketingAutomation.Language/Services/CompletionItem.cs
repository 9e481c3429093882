namespace MarketingAutomation.Language.Services;

public enum CompletionItemKind
{
    Keyword,
    Type,
    Event,
    Template,
    Segment,
    Score,
    Stage,
    Connection,
    Journey,
    Field,
    EnumMember,
    Function,
    Variable,
}

/// <summary>
/// One suggestion. Detail is a short line (a field's type, a function's usage); Documentation is
/// Markdown; InsertText, when set, is what to insert instead of the label.
/// </summary>
public sealed record CompletionItem(string Label, CompletionItemKind Kind, string? Detail, string? Documentation, string? InsertText);
