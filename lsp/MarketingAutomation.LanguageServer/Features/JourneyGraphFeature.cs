using MarketingAutomation.Language.Services;
using MarketingAutomation.LanguageServer.Conversion;
using MarketingAutomation.LanguageServer.Protocol;

namespace MarketingAutomation.LanguageServer.Features;

/// <summary>The `journey/graph` request: one journey's flow chart, every node leading back to its step.</summary>
internal static class JourneyGraphFeature
{
    /// <summary>By name anywhere in the workspace, else the journey (or test) around the position.</summary>
    public static JourneyGraphResult? Get(DocumentContext document, Position? position, string? journeyName)
    {
        var name = !string.IsNullOrEmpty(journeyName)
            ? journeyName
            : JourneyGraphService.FindJourneyAt(document.Tree, position is null ? 0 : document.OffsetOf(position));
        if (name is null || JourneyGraphService.GetGraph(document.Snapshot.Compilation, name) is not { Nodes.Count: > 0 } graph)
        {
            return null;
        }

        var nodes = new List<JourneyGraphNode>();
        foreach (var node in graph.Nodes)
        {
            var source = document.Snapshot.SourceOf(node.Path) ?? document.Source;
            nodes.Add(new JourneyGraphNode(node.Id, node.Kind, node.Label, document.Snapshot.UriOf(node.Path), Positions.ToRange(source, node.Span)));
        }

        var edges = graph.Edges.Select(e => new JourneyGraphEdge(e.From, e.To, e.Label)).ToList();
        var journey = document.Model.Symbols.Journeys.FirstOrDefault(j => j.Name == name);
        var range = journey?.Source is { } declaredIn ? Positions.ToRange(declaredIn, journey.DeclarationSpan) : nodes[0].Range;
        return new JourneyGraphResult(name, nodes[0].Uri, range, nodes, edges);
    }
}
