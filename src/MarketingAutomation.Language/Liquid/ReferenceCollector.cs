namespace MarketingAutomation.Language.Liquid;

/// <summary>
/// Walks the tree in text order and lists the variables read from the template's data. Names the
/// template sets itself are locals and left out: assign and capture from the point they are set
/// on (a capture once its block ends, since inside it the name still has its old value), and a
/// for loop's variable and <c>forloop</c> within the loop body.
/// </summary>
internal sealed class ReferenceCollector
{
    private readonly List<LiquidReference> references = [];
    private readonly HashSet<string> assigned = new(StringComparer.Ordinal);
    private readonly List<string> loopLocals = [];

    public static IReadOnlyList<LiquidReference> Collect(IReadOnlyList<LiquidNode> nodes)
    {
        var collector = new ReferenceCollector();
        collector.VisitAll(nodes);
        return collector.references;
    }

    private void VisitAll(IReadOnlyList<LiquidNode>? nodes)
    {
        foreach (var node in nodes ?? [])
        {
            Visit(node);
        }
    }

    private void Visit(LiquidNode node)
    {
        switch (node)
        {
            case LiquidOutputNode output:
                Visit(output.Value);
                Visit(output.Filters);
                break;
            case LiquidAssignNode assign:
                Visit(assign.Value);
                Visit(assign.Filters);
                assigned.Add(assign.Name);
                break;
            case LiquidCaptureNode capture:
                VisitAll(capture.Body);
                assigned.Add(capture.Name);
                break;
            case LiquidIfNode ifNode:
                Visit(ifNode.Branches, ifNode.Else);
                break;
            case LiquidUnlessNode unless:
                Visit(unless.Branches, unless.Else);
                break;
            case LiquidCaseNode caseNode:
                Visit(caseNode.Subject);
                foreach (var when in caseNode.Whens)
                {
                    foreach (var value in when.Values)
                    {
                        Visit(value);
                    }

                    VisitAll(when.Body);
                }

                VisitAll(caseNode.Else);
                break;
            case LiquidForNode forNode:
                VisitLoop(forNode);
                break;
        }
    }

    private void VisitLoop(LiquidForNode loop)
    {
        Visit(loop.Collection);
        VisitOptional(loop.Limit);
        VisitOptional(loop.Skip);
        loopLocals.Add(loop.Variable);
        loopLocals.Add("forloop");
        VisitAll(loop.Body);
        loopLocals.RemoveRange(loopLocals.Count - 2, 2);

        // The loop variable does not exist in the else body, which runs only for an empty collection.
        VisitAll(loop.Else);
    }

    private void Visit(IReadOnlyList<LiquidConditionalBranch> branches, IReadOnlyList<LiquidNode>? elseBody)
    {
        foreach (var branch in branches)
        {
            Visit(branch.Condition);
            VisitAll(branch.Body);
        }

        VisitAll(elseBody);
    }

    private void Visit(IReadOnlyList<LiquidFilter> filters)
    {
        foreach (var filter in filters)
        {
            foreach (var argument in filter.Arguments)
            {
                Visit(argument.Value);
            }
        }
    }

    private void VisitOptional(LiquidExpression? expression)
    {
        if (expression is not null)
        {
            Visit(expression);
        }
    }

    private void Visit(LiquidExpression expression)
    {
        switch (expression)
        {
            case LiquidVariable variable:
                if (!assigned.Contains(variable.Name) && !loopLocals.Contains(variable.Name))
                {
                    references.Add(new LiquidReference(StaticPath(variable), variable.Offset, variable.Length));
                }

                foreach (var accessor in variable.Accessors)
                {
                    if (accessor is LiquidIndexAccessor index)
                    {
                        Visit(index.Index);
                    }
                }

                break;
            case LiquidRange range:
                Visit(range.Start);
                Visit(range.End);
                break;
            case LiquidBinaryExpression binary:
                Visit(binary.Left);
                Visit(binary.Right);
                break;
        }
    }

    /// <summary>The variable name and its members up to the first computed index.</summary>
    private static List<string> StaticPath(LiquidVariable variable)
    {
        var path = new List<string> { variable.Name };
        foreach (var accessor in variable.Accessors)
        {
            if (accessor is not LiquidMemberAccessor member)
            {
                break;
            }

            path.Add(member.Name);
        }

        return path;
    }
}
