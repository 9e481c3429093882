namespace MarketingAutomation.LanguageServer.Documents;

/// <summary>A document the editor has open: its text as the editor has it now, and the editor's version.</summary>
/// <param name="Uri">The URI exactly as the client wrote it, used in every answer about the document.</param>
/// <param name="Path">The file path the language library knows the document by.</param>
internal sealed record OpenDocument(string Uri, string Path, string Text, int Version);
