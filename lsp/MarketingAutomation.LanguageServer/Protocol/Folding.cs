namespace MarketingAutomation.LanguageServer.Protocol;

/// <summary>Lines StartLine..EndLine fold; Kind is "comment", "imports", "region" or absent.</summary>
public sealed record FoldingRange(int StartLine, int EndLine, string? Kind = null);
