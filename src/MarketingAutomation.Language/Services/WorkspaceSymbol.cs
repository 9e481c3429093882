using MarketingAutomation.Language.Binding;

namespace MarketingAutomation.Language.Services;

/// <summary>A declared symbol found by name across the workspace; fields name their contact or event as container.</summary>
public sealed record WorkspaceSymbol(string Name, SymbolKind Kind, string? ContainerName, Location Location);
