namespace MarketingAutomation.LanguageServer.Protocol;

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName)
    : TextDocumentPositionParams(TextDocument, Position);

/// <summary>The answer to prepareRename: the name's range and the text the editor shows.</summary>
public sealed record PrepareRenameResult(Range Range, string Placeholder);
