namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>if, unless and case.</summary>
internal sealed partial class NodeRenderer
{
    /// <summary>
    /// Renders the first branch whose condition holds, else the else body. For unless the first
    /// branch's condition is negated; its elsif branches read as in if.
    /// </summary>
    private Flow RenderBranches(IReadOnlyList<LiquidConditionalBranch> branches, IReadOnlyList<LiquidNode>? elseBody, bool negateFirst)
    {
        for (var i = 0; i < branches.Count; i++)
        {
            var holds = evaluator.IsTrue(branches[i].Condition);
            if (holds != (negateFirst && i == 0))
            {
                return RenderAll(branches[i].Body);
            }
        }

        return RenderAll(elseBody);
    }

    /// <summary>
    /// Renders every when whose values include the subject (Liquid renders each match, not only
    /// the first), and the else body when none matched.
    /// </summary>
    private Flow RenderCase(LiquidCaseNode caseNode)
    {
        var subject = evaluator.Evaluate(caseNode.Subject);
        var matched = false;
        foreach (var when in caseNode.Whens)
        {
            if (!when.Values.Any(value => Comparisons.AreEqual(subject, evaluator.Evaluate(value))))
            {
                continue;
            }

            matched = true;
            var flow = RenderAll(when.Body);
            if (flow != Flow.Next || context.Stopped)
            {
                return flow;
            }
        }

        return matched ? Flow.Next : RenderAll(caseNode.Else);
    }
}
