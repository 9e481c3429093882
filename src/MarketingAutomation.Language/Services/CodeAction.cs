using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Language.Services;

/// <summary>A fix an editor can offer: a title, the edits by file path, and the diagnostic it answers.</summary>
public sealed record CodeAction(string Title, IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Edits, string? DiagnosticCode);
