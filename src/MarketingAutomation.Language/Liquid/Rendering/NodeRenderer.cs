using System.Runtime.CompilerServices;
using MarketingAutomation.Language.Liquid.Rendering.Filters;

namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>
/// Renders nodes into the context's output. Each kind of node has one method; blocks render
/// their bodies through <see cref="RenderAll"/>, which also carries a break or continue up to
/// the loop it belongs to. Branches are in NodeRenderer.Branches.cs, loops in NodeRenderer.Loops.cs.
/// </summary>
internal sealed partial class NodeRenderer
{
    private readonly RenderContext context;
    private readonly ExpressionEvaluator evaluator;
    private readonly FilterPipeline filters;

    public NodeRenderer(RenderContext context)
    {
        this.context = context;
        evaluator = new ExpressionEvaluator(context);
        filters = new FilterPipeline(context, evaluator);
    }

    public Flow RenderAll(IReadOnlyList<LiquidNode>? nodes)
    {
        // The parser caps block nesting, so this is a last guard rather than the limit itself.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            context.Stop("the template is nested too deeply to render");
        }

        foreach (var node in nodes ?? [])
        {
            if (context.Stopped)
            {
                break;
            }

            var flow = Render(node);
            if (flow != Flow.Next)
            {
                return flow;
            }
        }

        return Flow.Next;
    }

    private Flow Render(LiquidNode node)
    {
        switch (node)
        {
            case LiquidTextNode text:
                context.Write(text.Text);
                return Flow.Next;
            case LiquidRawNode raw:
                context.Write(raw.Text);
                return Flow.Next;
            case LiquidOutputNode output:
                RenderOutput(output);
                return Flow.Next;
            case LiquidAssignNode assign:
                context.Assign(assign.Name, filters.Apply(evaluator.Evaluate(assign.Value), assign.Filters));
                return Flow.Next;
            case LiquidCaptureNode capture:
                return RenderCapture(capture);
            case LiquidIfNode ifNode:
                return RenderBranches(ifNode.Branches, ifNode.Else, negateFirst: false);
            case LiquidUnlessNode unless:
                return RenderBranches(unless.Branches, unless.Else, negateFirst: true);
            case LiquidCaseNode caseNode:
                return RenderCase(caseNode);
            case LiquidForNode loop:
                return RenderLoop(loop);
            case LiquidBreakNode:
                return Interrupt(Flow.Break, "break");
            case LiquidContinueNode:
                return Interrupt(Flow.Continue, "continue");
            default:
                // Comments show nothing.
                return Flow.Next;
        }
    }

    /// <summary>
    /// Shows a value. With escaping on, the text is HTML-escaped unless it already is HTML (a
    /// fragment from <c>raw</c>, <c>escape</c> or a capture); an object cannot be shown at all.
    /// </summary>
    private void RenderOutput(LiquidOutputNode output)
    {
        var value = filters.Apply(evaluator.Evaluate(output.Value), output.Filters);
        if (LiquidValues.IsObject(value))
        {
            context.Problems.Add($"`{ExpressionEvaluator.Describe(output.Value)}` is an object: show one of its fields instead");
            return;
        }

        var text = ValueText.Of(value, context.Options.TimeZone);
        context.Write(context.Options.HtmlEscape && value is not HtmlFragment ? Html.Escape(text) : text);
    }

    /// <summary>
    /// Renders the body into a variable. With escaping on the body's outputs are already escaped,
    /// so the captured text is kept as a fragment and shown as it is.
    /// </summary>
    private Flow RenderCapture(LiquidCaptureNode capture)
    {
        context.BeginCapture();
        var flow = RenderAll(capture.Body);
        var text = context.EndCapture();
        if (capture.Name.Length > 0)
        {
            context.Assign(capture.Name, context.Options.HtmlEscape ? new HtmlFragment(text) : text);
        }

        return flow;
    }

    private Flow Interrupt(Flow flow, string tag)
    {
        if (context.LoopDepth > 0)
        {
            return flow;
        }

        context.Problems.Add($"`{{% {tag} %}}` outside a `{{% for %}}` loop does nothing");
        return Flow.Next;
    }
}
