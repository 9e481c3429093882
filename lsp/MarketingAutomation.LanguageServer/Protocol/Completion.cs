namespace MarketingAutomation.LanguageServer.Protocol;

public enum CompletionItemKind
{
    Text = 1,
    Method = 2,
    Function = 3,
    Field = 5,
    Variable = 6,
    Class = 7,
    Interface = 8,
    Module = 9,
    Property = 10,
    Unit = 11,
    Value = 12,
    Enum = 13,
    Keyword = 14,
    Snippet = 15,
    File = 17,
    Reference = 18,
    EnumMember = 20,
    Constant = 21,
    Struct = 22,
    Event = 23,
    Operator = 24,
}

public enum InsertTextFormat
{
    PlainText = 1,
    Snippet = 2,
}

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record CompletionItem(
    string Label,
    CompletionItemKind Kind,
    string? Detail = null,
    MarkupContent? Documentation = null,
    string? SortText = null,
    string? FilterText = null,
    string? InsertText = null,
    InsertTextFormat? InsertTextFormat = null,
    TextEdit? TextEdit = null);

public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);
