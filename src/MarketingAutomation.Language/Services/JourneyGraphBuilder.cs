using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Services;

/// <summary>
/// Lays a journey out as nodes and edges. Each step is built from the open ends of what came
/// before it (a finished `if` leaves one open end per branch), and connects them all to itself.
/// </summary>
internal sealed class JourneyGraphBuilder(SourceText source)
{
    private const string EndId = "end";

    private readonly List<GraphNode> nodes = [];
    private readonly List<GraphEdge> edges = [];
    private int nextId;

    public JourneyGraph Build(JourneyDeclarationSyntax journey)
    {
        var trigger = journey.Clauses.OfType<TriggerClauseSyntax>().FirstOrDefault();
        var start = Add("trigger", trigger is null ? "start journey" : SourceSnippets.Head(source, trigger.Span), trigger?.Span ?? journey.Name.Span, "trigger");
        var open = Steps(journey.Steps, [new OpenEnd(start, null)]);
        var closing = journey.Span.End > 0 && journey.Span.End <= source.Text.Length && source.Text[journey.Span.End - 1] == '}'
            ? new TextSpan(journey.Span.End - 1, 1)
            : new TextSpan(journey.Span.End, 0);
        var end = Add("end", "end", closing, EndId);
        Connect(open, end);
        return new JourneyGraph(nodes, edges);
    }

    private List<OpenEnd> Steps(IReadOnlyList<StatementSyntax> steps, List<OpenEnd> open)
    {
        foreach (var step in steps)
        {
            open = Step(step, open);
        }

        return open;
    }

    private List<OpenEnd> Step(StatementSyntax step, List<OpenEnd> open)
    {
        switch (step)
        {
            case IfStatementSyntax @if:
                return If(@if, open);
            case SplitStatementSyntax split:
                var splitNode = Add("split", SourceSnippets.Head(source, split.Span), split.Span);
                Connect(open, splitNode);
                return split.Arms.Count == 0
                    ? [new OpenEnd(splitNode, null)]
                    : split.Arms.SelectMany(arm => Steps(arm.Body.Statements, [new OpenEnd(splitNode, $"{arm.Name.Text} {arm.Percent.Text}")])).ToList();
            case WaitForStatementSyntax waitFor:
                var waitNode = Add("waitFor", SourceSnippets.Head(source, waitFor.Span), waitFor.Span);
                Connect(open, waitNode);
                return [.. Branch(waitNode, "received", waitFor.Received), .. Branch(waitNode, "timeout", waitFor.TimedOut)];
            case ExitStatementSyntax exit:
                var exitNode = Add("exit", "exit", exit.Span);
                Connect(open, exitNode);
                edges.Add(new GraphEdge(exitNode, EndId, null));
                return [];
            default:
                var node = Add(Kind(step), SourceSnippets.Head(source, step.Span), step.Span);
                Connect(open, node);
                return [new OpenEnd(node, null)];
        }
    }

    /// <summary>One decision node per condition: `yes` enters its block, `no` goes on to the next condition or the `else`.</summary>
    private List<OpenEnd> If(IfStatementSyntax @if, List<OpenEnd> open)
    {
        var after = new List<OpenEnd>();
        for (var i = 0; i < @if.Branches.Count; i++)
        {
            var branch = @if.Branches[i];
            var label = (i == 0 ? "if " : "else if ") + SourceSnippets.OneLine(source, branch.Condition.Span, 60);
            var decision = Add("if", label, branch.Span);
            Connect(open, decision);
            after.AddRange(Steps(branch.Body.Statements, [new OpenEnd(decision, "yes")]));
            open = [new OpenEnd(decision, "no")];
        }

        after.AddRange(@if.Else is { } otherwise ? Steps(otherwise.Statements, open) : open);
        return after;
    }

    private List<OpenEnd> Branch(string from, string label, BlockSyntax? block) =>
        block is null ? [new OpenEnd(from, label)] : Steps(block.Statements, [new OpenEnd(from, label)]);

    private string Add(string kind, string label, TextSpan span, string? id = null)
    {
        var nodeId = id ?? $"n{++nextId}";
        nodes.Add(new GraphNode(nodeId, kind, label, span, source.Path));
        return nodeId;
    }

    private void Connect(IEnumerable<OpenEnd> open, string to)
    {
        foreach (var end in open)
        {
            edges.Add(new GraphEdge(end.From, to, end.Label));
        }
    }

    private static string Kind(StatementSyntax step) => step switch
    {
        SendStatementSyntax => "send",
        SendPreferredStatementSyntax => "sendPreferred",
        WaitStatementSyntax => "wait",
        WaitUntilStatementSyntax => "waitUntil",
        SetStatementSyntax => "set",
        TagStatementSyntax { Remove: true } => "untag",
        TagStatementSyntax => "tag",
        ScoreStatementSyntax => "score",
        StageStatementSyntax => "stage",
        PostStatementSyntax => "post",
        NotifyStatementSyntax => "notify",
        EmitStatementSyntax => "emit",
        StartJourneyStatementSyntax => "startJourney",
        _ => "step",
    };

    /// <summary>Where the next step continues from, and the label its edge takes (a branch's name).</summary>
    private sealed record OpenEnd(string From, string? Label);
}
