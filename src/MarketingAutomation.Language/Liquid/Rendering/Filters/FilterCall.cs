namespace MarketingAutomation.Language.Liquid.Rendering.Filters;

/// <summary>
/// One filter applied to one value: the input, the evaluated arguments, and the means to report a
/// problem. A filter that cannot do its work calls <see cref="Reject"/>, which reports why and
/// hands back the input unchanged, so a mistake never loses the value or stops the message.
/// </summary>
internal sealed class FilterCall(string name, object? original, IReadOnlyList<object?> arguments, IReadOnlyDictionary<string, object?> named, RenderContext context)
{
    public string Name => name;

    /// <summary>The value the filter works on; a fragment already reads as its text here.</summary>
    public object? Input { get; } = LiquidValues.Unwrap(original);

    /// <summary>The input exactly as it came, fragment included: for filters that pass it through.</summary>
    public object? Original => original;

    public IReadOnlyList<object?> Arguments => arguments;

    /// <summary>Keyword arguments such as <c>allow_false: true</c>; only names the filter declares get here.</summary>
    public IReadOnlyDictionary<string, object?> Named => named;

    public RenderOptions Options => context.Options;

    /// <summary>The longest text or list a filter may make.</summary>
    public int MaxLength => Math.Max(context.Options.MaxOutputLength, 0);

    public string InputText => Text(Input);

    public string Text(object? value) => ValueText.Of(value, Options.TimeZone);

    public object? Argument(int index) => index < arguments.Count ? arguments[index] : null;

    /// <summary>The argument as text, or <paramref name="fallback"/> when it was not given.</summary>
    public string TextArgument(int index, string fallback = "") => index < arguments.Count ? Text(arguments[index]) : fallback;

    /// <summary>A whole-number argument, or <paramref name="fallback"/> when not given; false when it is not a number.</summary>
    public bool TryIntegerArgument(int index, int fallback, out int value)
    {
        value = fallback;
        return index >= arguments.Count || LiquidValues.TryInteger(arguments[index], out value);
    }

    /// <summary>Reports that the filter could not be applied and returns the value as it came in.</summary>
    public object? Reject(string message)
    {
        Report(message);
        return original;
    }

    public void Report(string message) => context.Problems.Add($"filter `{name}`: {message}");

    /// <summary>The text a filter built, reporting when it had to be cut at <see cref="MaxLength"/>.</summary>
    public string Finish(BoundedText text)
    {
        if (text.WasCut)
        {
            Report($"the result is longer than {MaxLength} characters and was cut");
        }

        return text.ToString();
    }
}
