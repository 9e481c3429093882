namespace MarketingAutomation.LanguageServer.Protocol;

/// <summary>Tokens as relative quintuples (line, start, length, type, modifiers), as LSP encodes them.</summary>
public sealed record SemanticTokens(IReadOnlyList<int> Data);
