namespace MarketingAutomation.LanguageServer.Protocol;

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context)
    : TextDocumentPositionParams(TextDocument, Position);

public enum DocumentHighlightKind
{
    Text = 1,
    Read = 2,
    Write = 3,
}

public sealed record DocumentHighlight(Range Range, DocumentHighlightKind Kind);
