namespace MarketingAutomation.Language.Liquid;

/// <summary>
/// The markup of each kind of output and tag. When a tag's markup is broken, what it declares
/// (an assigned name, a loop variable) is still returned, so later uses of it do not turn into
/// errors of their own.
/// </summary>
internal sealed partial class MarkupParser
{
    public LiquidOutputNode? ParseOutput()
    {
        if (AtEnd)
        {
            FailExactly(segment.Offset, segment.Length, "expected a value inside `{{ }}`");
            return null;
        }

        var value = ParseValue();
        if (value is null)
        {
            Fail("expected a value inside `{{ }}`");
            return null;
        }

        var filters = ParseFilters();
        ExpectEnd();
        return Failed || filters is null ? null : new LiquidOutputNode(value, filters, segment.Offset, segment.Length);
    }

    public LiquidAssignNode? ParseAssign()
    {
        if (!IsAt(MarkupTokenKind.Identifier))
        {
            Fail("expected a variable name after `assign`");
            return null;
        }

        var name = Advance();
        if (!IsAt(MarkupTokenKind.Assign))
        {
            Fail($"expected `=` after `{name.Text}`");
            return new LiquidAssignNode(name.Text, Missing, [], segment.Offset, segment.Length);
        }

        Advance();
        var value = RequireValue("=");
        var filters = value is null ? null : ParseFilters();
        ExpectEnd();
        return Failed || value is null || filters is null
            ? new LiquidAssignNode(name.Text, Missing, [], segment.Offset, segment.Length)
            : new LiquidAssignNode(name.Text, value, filters, segment.Offset, segment.Length);
    }

    /// <summary>Returns the captured variable's name (written bare or quoted), or null when there is none.</summary>
    public string? ParseCaptureName()
    {
        if (!IsAt(MarkupTokenKind.Identifier) && !IsAt(MarkupTokenKind.String))
        {
            Fail("expected a variable name after `capture`");
            return null;
        }

        var name = Advance();
        ExpectEnd();
        return name.Kind == MarkupTokenKind.String ? name.Value : name.Text;
    }

    public ForHeader? ParseForHeader()
    {
        if (!IsAt(MarkupTokenKind.Identifier) || Current.IsWord("in"))
        {
            Fail("expected a variable name after `for`");
            return null;
        }

        var variable = Advance().Text;
        if (!TryTakeWord("in"))
        {
            Fail($"expected `in` after `{variable}`");
            return new ForHeader(variable, Missing, null, null, false);
        }

        var collection = ParseValue();
        if (collection is null)
        {
            if (!Failed)
            {
                Fail("expected a collection after `in`");
            }

            return new ForHeader(variable, Missing, null, null, false);
        }

        LiquidExpression? limit = null;
        LiquidExpression? skip = null;
        var reversed = false;
        while (!AtEnd && !Failed)
        {
            if (IsAt(MarkupTokenKind.Comma))
            {
                // Liquid tolerates commas between options (`limit: 2, offset: 1`).
                Advance();
            }
            else if (TryTakeWord("reversed"))
            {
                reversed = true;
            }
            else if ((Current.IsWord("limit") || Current.IsWord("offset")) && Peek.Kind == MarkupTokenKind.Colon)
            {
                var option = Advance().Text;
                Advance();
                var value = RequireValue(option + ":");
                limit = option == "limit" ? value : limit;
                skip = option == "offset" ? value : skip;
            }
            else if (IsAt(MarkupTokenKind.Identifier))
            {
                Fail($"unknown `for` option `{Describe(Current)}`: use `limit:`, `offset:` or `reversed`");
            }
            else
            {
                Fail($"unexpected `{Describe(Current)}`");
            }
        }

        return new ForHeader(variable, collection, limit, skip, reversed);
    }

    public LiquidExpression ParseCaseSubject()
    {
        var subject = RequireValue("case");
        ExpectEnd();
        return subject ?? Missing;
    }

    /// <summary>Parses <c>when a, b or c</c>: Liquid accepts both commas and <c>or</c> between values.</summary>
    public IReadOnlyList<LiquidExpression> ParseWhenValues()
    {
        var values = new List<LiquidExpression>();
        var first = RequireValue("when");
        if (first is null)
        {
            return values;
        }

        values.Add(first);
        while (IsAt(MarkupTokenKind.Comma) || Current.IsWord("or"))
        {
            var separator = Advance();
            var next = RequireValue(separator.Text);
            if (next is null)
            {
                return values;
            }

            values.Add(next);
        }

        ExpectEnd();
        return values;
    }
}
