namespace MarketingAutomation.LanguageServer.Protocol;

public enum SymbolKind
{
    File = 1,
    Module = 2,
    Namespace = 3,
    Class = 5,
    Method = 6,
    Property = 7,
    Field = 8,
    Enum = 10,
    Interface = 11,
    Function = 12,
    Variable = 13,
    Constant = 14,
    String = 15,
    Number = 16,
    Object = 19,
    Key = 20,
    EnumMember = 22,
    Struct = 23,
    Event = 24,
    Operator = 25,
}

public sealed record DocumentSymbol(
    string Name,
    string? Detail,
    SymbolKind Kind,
    Range Range,
    Range SelectionRange,
    IReadOnlyList<DocumentSymbol>? Children = null);

public sealed record WorkspaceSymbolParams(string Query);

public sealed record SymbolInformation(string Name, SymbolKind Kind, Location Location, string? ContainerName = null);
