using System.Globalization;

namespace MarketingAutomation.Language.Liquid;

/// <summary>Values: literals, variable paths and ranges.</summary>
internal sealed partial class MarkupParser
{
    // Brackets and ranges nest through recursion; a cap keeps hostile input from exhausting the stack.
    private const int MaxNesting = 32;

    private int nesting;

    /// <summary>Parses a value, or returns null: with an error reported if one began but was broken.</summary>
    private LiquidExpression? ParseValue()
    {
        // Operator words are not values: `a == and b` must say the value after `==` is missing.
        if (Current.IsWord("and") || Current.IsWord("or") || Current.IsWord("contains"))
        {
            return null;
        }

        switch (Current.Kind)
        {
            case MarkupTokenKind.String:
                var text = Advance();
                return new LiquidStringLiteral(text.Value, text.Offset, text.Length);
            case MarkupTokenKind.Number:
                return ParseNumber(Advance());
            case MarkupTokenKind.Identifier:
                return ParseVariableOrKeyword();
            case MarkupTokenKind.OpenParen:
                return ParseRange();
            default:
                return null;
        }
    }

    private LiquidExpression? RequireValue(string after)
    {
        var value = ParseValue();
        if (value is null && !Failed)
        {
            Fail($"expected a value after `{after}`");
        }

        return Failed ? null : value;
    }

    private LiquidExpression? ParseNumber(MarkupToken token)
    {
        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (!decimal.TryParse(token.Text, style, CultureInfo.InvariantCulture, out var value))
        {
            FailExactly(token.Offset, token.Length, $"number `{Describe(token)}` is too large");
            return null;
        }

        return new LiquidNumberLiteral(value, !token.Text.Contains('.'), token.Offset, token.Length);
    }

    private LiquidExpression? ParseVariableOrKeyword()
    {
        var name = Advance();
        if (!IsAt(MarkupTokenKind.Dot) && !IsAt(MarkupTokenKind.OpenBracket))
        {
            LiquidExpression? keyword = name.Text switch
            {
                "true" => new LiquidBooleanLiteral(true, name.Offset, name.Length),
                "false" => new LiquidBooleanLiteral(false, name.Offset, name.Length),
                "nil" or "null" => new LiquidNilLiteral(name.Offset, name.Length),
                "empty" => new LiquidEmptyLiteral(name.Offset, name.Length),
                "blank" => new LiquidBlankLiteral(name.Offset, name.Length),
                _ => null,
            };
            if (keyword is not null)
            {
                return keyword;
            }
        }

        var accessors = new List<LiquidAccessor>();
        var end = name.End;
        while (IsAt(MarkupTokenKind.Dot) || IsAt(MarkupTokenKind.OpenBracket))
        {
            var accessor = IsAt(MarkupTokenKind.Dot) ? ParseMember() : ParseIndex();
            if (accessor is null)
            {
                return null;
            }

            accessors.Add(accessor);
            end = accessor.Offset + accessor.Length;
        }

        return new LiquidVariable(name.Text, accessors, name.Offset, end - name.Offset);
    }

    private LiquidAccessor? ParseMember()
    {
        var dot = Advance();
        if (!IsAt(MarkupTokenKind.Identifier))
        {
            Fail("expected a name after `.`");
            return null;
        }

        var member = Advance();
        return new LiquidMemberAccessor(member.Text, dot.Offset, member.End - dot.Offset);
    }

    private LiquidAccessor? ParseIndex()
    {
        var open = Advance();
        if (!EnterNesting(open))
        {
            return null;
        }

        var index = ParseValue();
        nesting--;
        if (index is null)
        {
            if (!Failed)
            {
                Fail("expected a value inside `[ ]`");
            }

            return null;
        }

        if (!IsAt(MarkupTokenKind.CloseBracket))
        {
            FailAt(open, "`[` is not closed with `]`");
            return null;
        }

        var close = Advance();
        var length = close.End - open.Offset;

        // ["name"] reads a member known when writing, exactly like .name, so it is modelled as one.
        return index is LiquidStringLiteral key
            ? new LiquidMemberAccessor(key.Value, open.Offset, length)
            : new LiquidIndexAccessor(index, open.Offset, length);
    }

    private LiquidExpression? ParseRange()
    {
        var open = Advance();
        if (!EnterNesting(open))
        {
            return null;
        }

        var start = RequireValue("(");
        if (start is null)
        {
            return null;
        }

        if (!IsAt(MarkupTokenKind.DotDot))
        {
            Fail("expected `..` between the start and the end of the range");
            return null;
        }

        Advance();
        var end = RequireValue("..");
        if (end is null)
        {
            return null;
        }

        if (!IsAt(MarkupTokenKind.CloseParen))
        {
            FailAt(open, "`(` is not closed with `)`");
            return null;
        }

        var close = Advance();
        nesting--;
        return new LiquidRange(start, end, open.Offset, close.End - open.Offset);
    }

    private bool EnterNesting(MarkupToken open)
    {
        if (nesting >= MaxNesting)
        {
            FailAt(open, $"this value is nested more than {MaxNesting} levels deep");
            return false;
        }

        nesting++;
        return true;
    }
}
