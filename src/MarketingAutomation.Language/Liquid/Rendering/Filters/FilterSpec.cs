namespace MarketingAutomation.Language.Liquid.Rendering.Filters;

/// <summary>
/// What a filter accepts: how many plain arguments, which keyword arguments, and what it does.
/// The pipeline checks the arguments before calling it, so each filter only handles their values.
/// </summary>
internal sealed record FilterSpec(int MinArguments, int MaxArguments, Func<FilterCall, object?> Apply, params string[] Keywords)
{
    /// <summary>"takes no arguments", "takes 1 argument", "takes 1 or 2 arguments", ...</summary>
    public string DescribeArguments() => (MinArguments, MaxArguments) switch
    {
        (0, 0) => "takes no arguments",
        (var min, var max) when min == max => $"takes {min} argument{(min == 1 ? string.Empty : "s")}",
        (0, var max) => $"takes at most {max} argument{(max == 1 ? string.Empty : "s")}",
        (var min, var max) => $"takes {min} to {max} arguments",
    };
}
