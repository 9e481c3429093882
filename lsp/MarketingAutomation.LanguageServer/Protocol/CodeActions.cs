namespace MarketingAutomation.LanguageServer.Protocol;

public sealed record CodeActionContext(IReadOnlyList<Diagnostic>? Diagnostics, IReadOnlyList<string>? Only);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

public sealed record CodeAction(
    string Title,
    string Kind,
    IReadOnlyList<Diagnostic>? Diagnostics = null,
    bool? IsPreferred = null,
    WorkspaceEdit? Edit = null,
    Command? Command = null);
