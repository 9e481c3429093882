namespace MarketingAutomation.Language.Liquid;

/// <summary>Filter chains of outputs and assigns: <c>| name: argument, key: argument</c>.</summary>
internal sealed partial class MarkupParser
{
    /// <summary>Parses <c>| name: argument, ...</c> repeatedly; null after a syntax error.</summary>
    private List<LiquidFilter>? ParseFilters()
    {
        var filters = new List<LiquidFilter>();
        while (IsAt(MarkupTokenKind.Pipe))
        {
            Advance();
            if (!IsAt(MarkupTokenKind.Identifier))
            {
                Fail("expected a filter name after `|`");
                return null;
            }

            var name = Advance();
            if (!StandardFilters.IsKnown(name.Text))
            {
                Warn(name, $"unknown filter `{name.Text}`");
            }

            var arguments = ParseFilterArguments(name);
            if (arguments is null)
            {
                return null;
            }

            var end = arguments.Count > 0 ? arguments[^1].Offset + arguments[^1].Length : name.End;
            filters.Add(new LiquidFilter(name.Text, arguments, name.Offset, end - name.Offset));
        }

        return filters;
    }

    private List<LiquidFilterArgument>? ParseFilterArguments(MarkupToken filter)
    {
        var arguments = new List<LiquidFilterArgument>();
        if (!IsAt(MarkupTokenKind.Colon))
        {
            // `append "x"` is a common slip; say what is missing rather than "unexpected".
            if (Current.Kind is MarkupTokenKind.String or MarkupTokenKind.Number or MarkupTokenKind.Identifier)
            {
                Fail($"expected `:` between `{filter.Text}` and its arguments");
                return null;
            }

            return arguments;
        }

        var separator = Advance();
        while (true)
        {
            var argument = ParseFilterArgument(separator.Text);
            if (argument is null)
            {
                return null;
            }

            arguments.Add(argument);
            if (!IsAt(MarkupTokenKind.Comma))
            {
                return arguments;
            }

            separator = Advance();
        }
    }

    private LiquidFilterArgument? ParseFilterArgument(string after)
    {
        if (IsAt(MarkupTokenKind.Identifier) && Peek.Kind == MarkupTokenKind.Colon)
        {
            var key = Advance();
            Advance();
            var named = RequireValue(key.Text + ":");
            return named is null ? null : new LiquidFilterArgument(key.Text, named, key.Offset, named.Offset + named.Length - key.Offset);
        }

        var value = RequireValue(after);
        return value is null ? null : new LiquidFilterArgument(null, value, value.Offset, value.Length);
    }
}
