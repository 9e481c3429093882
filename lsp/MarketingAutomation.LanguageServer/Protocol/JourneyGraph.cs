namespace MarketingAutomation.LanguageServer.Protocol;

// The custom `journey/graph` request: the steps of one journey as a graph for the editor to draw.

/// <summary>Names the journey by a place inside it, or by name (Journey) anywhere in the workspace.</summary>
public sealed record JourneyGraphParams(TextDocumentIdentifier TextDocument, Position? Position, string? Journey);

public sealed record JourneyGraphNode(string Id, string Kind, string Label, string Uri, Range Range);

public sealed record JourneyGraphEdge(string From, string To, string? Label = null);

public sealed record JourneyGraphResult(string Journey, string Uri, Range Range, IReadOnlyList<JourneyGraphNode> Nodes, IReadOnlyList<JourneyGraphEdge> Edges);
