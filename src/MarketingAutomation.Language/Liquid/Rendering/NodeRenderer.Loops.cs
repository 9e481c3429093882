namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>for loops: the items, offset, limit and reversed, and the forloop object.</summary>
internal sealed partial class NodeRenderer
{
    private Flow RenderLoop(LiquidForNode loop)
    {
        var items = Slice(LoopItems(loop), loop);
        if (items.Count == 0)
        {
            return RenderAll(loop.Else);
        }

        var parent = context.CurrentForloop;
        var frame = context.PushLoopFrame();
        try
        {
            for (var i = 0; i < items.Count && context.CountIteration(); i++)
            {
                frame[loop.Variable] = items[i];
                frame["forloop"] = Forloop(i, items.Count, parent);
                if (RenderAll(loop.Body) == Flow.Break || context.Stopped)
                {
                    break;
                }
            }
        }
        finally
        {
            context.PopLoopFrame();
        }

        return Flow.Next;
    }

    /// <summary>
    /// What a loop walks: a list's items, an object's <c>[key, value]</c> pairs, a text once
    /// (Liquid does not loop over characters), nothing for nil. Anything else is a mistake.
    /// </summary>
    private IReadOnlyList<object?> LoopItems(LiquidForNode loop)
    {
        var collection = LiquidValues.Unwrap(evaluator.Evaluate(loop.Collection));
        switch (collection)
        {
            case null:
                return [];
            case string text:
                return text.Length == 0 ? [] : [text];
            case IReadOnlyDictionary<string, object?> map:
                return map.Select(pair => (object?)new List<object?> { pair.Key, LiquidValues.Normalize(pair.Value) }).ToList();
        }

        if (LiquidValues.AsList(collection) is { } list)
        {
            return list;
        }

        context.Problems.Add($"cannot loop over `{ExpressionEvaluator.Describe(loop.Collection)}`: it is {LiquidValues.Describe(collection)}, not a list");
        return [];
    }

    /// <summary>Applies offset and limit, then reversed, in that order, as Liquid does.</summary>
    private IReadOnlyList<object?> Slice(IReadOnlyList<object?> items, LiquidForNode loop)
    {
        var skip = LoopOption(loop.Skip, "offset") ?? 0;
        var take = LoopOption(loop.Limit, "limit");
        if (skip <= 0 && take is null && !loop.Reversed)
        {
            return items;
        }

        var sliced = items.Skip(Math.Max(skip, 0)).Take(Math.Max(take ?? int.MaxValue, 0)).ToList();
        if (loop.Reversed)
        {
            sliced.Reverse();
        }

        return sliced;
    }

    private int? LoopOption(LiquidExpression? expression, string name)
    {
        if (expression is null || evaluator.Evaluate(expression) is not { } value)
        {
            return null;
        }

        if (LiquidValues.TryInteger(value, out var number))
        {
            return number;
        }

        context.Problems.Add($"`{name}:` of a loop needs a whole number, not {LiquidValues.Describe(value)}");
        return null;
    }

    /// <summary>The <c>forloop</c> object of one iteration: positions from the start and the end, first, last, and the enclosing loop's.</summary>
    private static Dictionary<string, object?> Forloop(int index, int length, object? parent) => new(StringComparer.Ordinal)
    {
        ["index"] = (decimal)(index + 1),
        ["index0"] = (decimal)index,
        ["rindex"] = (decimal)(length - index),
        ["rindex0"] = (decimal)(length - index - 1),
        ["first"] = index == 0,
        ["last"] = index == length - 1,
        ["length"] = (decimal)length,
        ["parentloop"] = parent,
    };
}
