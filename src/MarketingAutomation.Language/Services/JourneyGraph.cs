using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Services;

/// <summary>
/// A step of a journey drawn as a graph: Kind is `trigger`, `end`, or the step's keyword in
/// camel case (`send`, `waitFor`, `if`, `split`, `startJourney`, ...); Span and Path lead back to the script.
/// </summary>
public sealed record GraphNode(string Id, string Kind, string Label, TextSpan Span, string Path);

/// <summary>A way from one step to the next; Label names the branch: `yes`, `no`, `received`, `timeout`, `a 50%`.</summary>
public sealed record GraphEdge(string From, string To, string? Label);

/// <summary>A journey as a flow chart: its trigger, its steps in order, and an end.</summary>
public sealed record JourneyGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);
