using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Services;

public enum DocumentSymbolKind
{
    Contact,
    Field,
    Event,
    Template,
    Segment,
    Score,
    Lifecycle,
    Stage,
    Policy,
    Connection,
    Journey,
    Clause,
    Step,
    Branch,
    Test,
}

/// <summary>
/// One entry of a file's outline: a declaration with its parts (fields, stages, journey steps).
/// SelectionSpan (the name) lies within Span (the whole declaration).
/// </summary>
public sealed record DocumentSymbol(
    string Name,
    DocumentSymbolKind Kind,
    string? Detail,
    TextSpan Span,
    TextSpan SelectionSpan,
    IReadOnlyList<DocumentSymbol> Children);
