namespace MarketingAutomation.LanguageServer.Protocol;

public enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}

public sealed record SaveOptions(bool IncludeText);

public sealed record TextDocumentSyncOptions(bool OpenClose, TextDocumentSyncKind Change, SaveOptions? Save);

public sealed record CompletionOptions(IReadOnlyList<string>? TriggerCharacters, bool ResolveProvider);

public sealed record SignatureHelpOptions(IReadOnlyList<string>? TriggerCharacters, IReadOnlyList<string>? RetriggerCharacters);

public sealed record RenameOptions(bool PrepareProvider);

public sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full, bool Range);

public sealed record CodeActionOptions(IReadOnlyList<string>? CodeActionKinds);

public sealed record CodeLensOptions(bool ResolveProvider);

public sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);

public sealed record WorkspaceServerCapabilities(WorkspaceFoldersServerCapabilities WorkspaceFolders);

/// <summary>What this server can do, announced in the initialize result.</summary>
public sealed record ServerCapabilities
{
    public string PositionEncoding { get; init; } = "utf-16";

    public required TextDocumentSyncOptions TextDocumentSync { get; init; }

    public CompletionOptions? CompletionProvider { get; init; }

    public bool HoverProvider { get; init; }

    public SignatureHelpOptions? SignatureHelpProvider { get; init; }

    public bool DefinitionProvider { get; init; }

    public bool ReferencesProvider { get; init; }

    public bool DocumentHighlightProvider { get; init; }

    public RenameOptions? RenameProvider { get; init; }

    public bool DocumentSymbolProvider { get; init; }

    public bool WorkspaceSymbolProvider { get; init; }

    public bool FoldingRangeProvider { get; init; }

    public bool DocumentFormattingProvider { get; init; }

    public SemanticTokensOptions? SemanticTokensProvider { get; init; }

    public CodeActionOptions? CodeActionProvider { get; init; }

    public CodeLensOptions? CodeLensProvider { get; init; }

    public WorkspaceServerCapabilities? Workspace { get; init; }
}
