namespace MarketingAutomation.Language.Liquid;

/// <summary>Conditions of if, elsif and unless: comparisons joined by <c>and</c>/<c>or</c>.</summary>
internal sealed partial class MarkupParser
{
    // The and/or chain is folded into a tree as deep as it is long; a cap keeps walkers off the stack limit.
    private const int MaxConditionParts = 100;

    /// <summary>Parses a whole tag's condition; on a syntax error returns <see cref="Missing"/>.</summary>
    public LiquidExpression ParseConditionTag(string tagName)
    {
        var condition = ParseCondition($"expected a condition after `{tagName}`");
        if (condition is not null && !AtEnd && !Failed)
        {
            var joinHint = IsComparisonOperator() ? ": join comparisons with `and` or `or`" : string.Empty;
            Fail($"unexpected `{Describe(Current)}`{joinHint}");
        }

        return Failed || condition is null ? Missing : condition;
    }

    private LiquidExpression? ParseCondition(string missingMessage)
    {
        var first = ParseComparison(missingMessage);
        if (first is null)
        {
            return null;
        }

        var operands = new List<LiquidExpression> { first };
        var operators = new List<LiquidOperator>();
        while (Current.IsWord("and") || Current.IsWord("or"))
        {
            var word = Advance();
            if (operators.Count + 1 >= MaxConditionParts)
            {
                FailAt(word, $"this condition has more than {MaxConditionParts} parts: split it up");
                return null;
            }

            var next = ParseComparison($"expected a value after `{word.Text}`");
            if (next is null)
            {
                return null;
            }

            operators.Add(word.Text == "and" ? LiquidOperator.And : LiquidOperator.Or);
            operands.Add(next);
        }

        // Liquid evaluates and/or right to left with no precedence: fold from the right.
        var result = operands[^1];
        for (var i = operators.Count - 1; i >= 0; i--)
        {
            var left = operands[i];
            result = new LiquidBinaryExpression(left, operators[i], result, left.Offset, result.Offset + result.Length - left.Offset);
        }

        return result;
    }

    private LiquidExpression? ParseComparison(string missingMessage)
    {
        var left = ParseValue();
        if (left is null)
        {
            if (!Failed)
            {
                Fail(missingMessage);
            }

            return null;
        }

        if (!IsComparisonOperator())
        {
            return left;
        }

        var operatorToken = Advance();
        var right = RequireValue(operatorToken.Text);
        if (right is null)
        {
            return null;
        }

        var op = operatorToken.Text switch
        {
            "==" => LiquidOperator.Equal,
            "!=" or "<>" => LiquidOperator.NotEqual,
            "<" => LiquidOperator.Less,
            ">" => LiquidOperator.Greater,
            "<=" => LiquidOperator.LessOrEqual,
            ">=" => LiquidOperator.GreaterOrEqual,
            _ => LiquidOperator.Contains,
        };
        return new LiquidBinaryExpression(left, op, right, left.Offset, right.Offset + right.Length - left.Offset);
    }

    private bool IsComparisonOperator() => IsAt(MarkupTokenKind.Comparison) || Current.IsWord("contains");
}
