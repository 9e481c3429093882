namespace MarketingAutomation.Language.Liquid.Rendering.Filters;

/// <summary>
/// Runs a chain of filters over a value. An unknown filter, a wrong number of arguments or an
/// unknown keyword is reported and the filter skipped, so the value passes on unchanged.
/// </summary>
internal sealed class FilterPipeline(RenderContext context, ExpressionEvaluator evaluator)
{
    public object? Apply(object? value, IReadOnlyList<LiquidFilter> filters)
    {
        foreach (var filter in filters)
        {
            if (context.Stopped)
            {
                break;
            }

            value = ApplyOne(value, filter);
        }

        return value;
    }

    private object? ApplyOne(object? value, LiquidFilter filter)
    {
        if (!FilterTable.TryGet(filter.Name, out var spec))
        {
            // Worded as the parser words it, so a template with an unknown filter lists it once.
            context.Problems.Add($"unknown filter `{filter.Name}`");
            return value;
        }

        var positional = new List<object?>();
        var named = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in filter.Arguments)
        {
            var argumentValue = LiquidValues.Unwrap(evaluator.Evaluate(argument.Value));
            if (argument.Name is null)
            {
                positional.Add(argumentValue);
            }
            else if (spec.Keywords.Contains(argument.Name))
            {
                named[argument.Name] = argumentValue;
            }
            else
            {
                context.Problems.Add($"filter `{filter.Name}` has no `{argument.Name}:` option");
                return value;
            }
        }

        if (positional.Count < spec.MinArguments || positional.Count > spec.MaxArguments)
        {
            context.Problems.Add($"filter `{filter.Name}` {spec.DescribeArguments()}, not {positional.Count}");
            return value;
        }

        var call = new FilterCall(filter.Name, value, positional, named, context);
        return Limit(spec.Apply(call), call);
    }

    /// <summary>
    /// Holds what a filter made to the length limit: repeated <c>append</c> or <c>concat</c> in a
    /// loop would otherwise double a value on every pass. Filters that could multiply a value in
    /// one step (<c>replace</c>, <c>join</c>) stay within it as they build.
    /// </summary>
    private static object? Limit(object? result, FilterCall call)
    {
        switch (result)
        {
            case string text when text.Length > call.MaxLength:
                return call.Finish(Cut(text, call.MaxLength));
            case HtmlFragment html when html.Html.Length > call.MaxLength:
                return new HtmlFragment(call.Finish(Cut(html.Html, call.MaxLength)));
            case List<object?> list when list.Count > call.MaxLength:
                call.Report($"the result has more than {call.MaxLength} items and was cut");
                return list.GetRange(0, call.MaxLength);
            default:
                return result;
        }
    }

    private static BoundedText Cut(string text, int limit)
    {
        var bounded = new BoundedText(limit);
        bounded.Append(text);
        return bounded;
    }
}
