namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>
/// Computes the value of an expression: literals, variables read through the scope, ranges and
/// conditions. Reading never fails: what cannot be read is nil, with a problem when it points at
/// a mistake (a name the scope does not define, a field an object does not have) rather than at
/// an empty optional field.
/// </summary>
internal sealed class ExpressionEvaluator(RenderContext context)
{
    public object? Evaluate(LiquidExpression expression) => expression switch
    {
        LiquidStringLiteral text => text.Value,
        LiquidNumberLiteral number => number.Value,
        LiquidBooleanLiteral boolean => boolean.Value,
        LiquidEmptyLiteral => KeywordValue.Empty,
        LiquidBlankLiteral => KeywordValue.Blank,
        LiquidVariable variable => Read(variable),
        LiquidRange range => Range(range),
        LiquidBinaryExpression binary => Condition(binary),

        // Nil literals, and the stand-ins for values the parser could not read (already reported).
        _ => null,
    };

    public bool IsTrue(LiquidExpression condition) => LiquidValues.IsTruthy(Evaluate(condition));

    /// <summary>How a variable is written, for problems: <c>contact.first_name</c>, <c>items[0]</c>, <c>items[...]</c>.</summary>
    public static string Describe(LiquidExpression expression)
    {
        if (expression is not LiquidVariable variable)
        {
            return "this value";
        }

        var path = variable.Name;
        foreach (var accessor in variable.Accessors)
        {
            path += accessor switch
            {
                LiquidMemberAccessor member => "." + member.Name,
                LiquidIndexAccessor { Index: LiquidNumberLiteral number } => $"[{ValueText.Of(number.Value, null)}]",
                _ => "[...]",
            };
        }

        return path;
    }

    private bool Condition(LiquidBinaryExpression binary)
    {
        // The parser already grouped and/or from the right, as Liquid evaluates them.
        return binary.Operator switch
        {
            LiquidOperator.And => IsTrue(binary.Left) && IsTrue(binary.Right),
            LiquidOperator.Or => IsTrue(binary.Left) || IsTrue(binary.Right),
            _ => Comparisons.Evaluate(Evaluate(binary.Left), binary.Operator, Evaluate(binary.Right), context.Problems),
        };
    }

    private object? Read(LiquidVariable variable)
    {
        var path = variable.Name;
        if (!context.TryGetVariable(variable.Name, out var raw))
        {
            context.Problems.Add($"unknown value `{path}`");
            return null;
        }

        var value = Normalize(raw, path);
        foreach (var accessor in variable.Accessors)
        {
            // A member of nil is nil: `contact.address.city` with no address is just empty.
            if (value is null)
            {
                return null;
            }

            var key = accessor switch
            {
                LiquidMemberAccessor member => member.Name,
                LiquidIndexAccessor index => LiquidValues.Unwrap(Evaluate(index.Index)),
                _ => null,
            };
            var step = accessor is LiquidMemberAccessor ? "." + key : $"[{ValueText.Of(key, null)}]";
            value = key switch
            {
                string name => Member(value, name, path),
                decimal index => Item(value, index, path),
                null => null,
                _ => Refuse($"`{path}` cannot be read with {LiquidValues.Describe(key)}"),
            };
            path += step;
        }

        return value;
    }

    /// <summary>A field of an object, or one of the few members Liquid gives lists and texts.</summary>
    private object? Member(object value, string name, string path)
    {
        value = LiquidValues.Unwrap(value) ?? value;
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map when map.TryGetValue(name, out var field):
                return Normalize(field, $"{path}.{name}");
            case IReadOnlyDictionary<string, object?> map when name == "size":
                return (decimal)map.Count;
            case ILiquidScope scope when scope.TryGet(name, out var field):
                return Normalize(field, $"{path}.{name}");
            case IReadOnlyDictionary<string, object?> or ILiquidScope:
                return Refuse($"unknown value `{path}.{name}`");
            case string text when name == "size":
                return (decimal)text.Length;
        }

        if (LiquidValues.AsList(value) is { } list)
        {
            switch (name)
            {
                case "size":
                    return (decimal)list.Count;
                case "first":
                    return list.Count > 0 ? list[0] : null;
                case "last":
                    return list.Count > 0 ? list[^1] : null;
            }
        }

        return Refuse($"`{path}` is {LiquidValues.Describe(value)} and has no `{name}`");
    }

    /// <summary>An item of a list; a negative index counts from the end and one past either end is nil.</summary>
    private object? Item(object value, decimal index, string path)
    {
        if (LiquidValues.AsList(value) is not { } list)
        {
            return Refuse($"`{path}` is {LiquidValues.Describe(value)}, not a list");
        }

        if (!LiquidValues.TryInteger(index, out var position))
        {
            return null;
        }

        position = position < 0 ? position + list.Count : position;
        return position >= 0 && position < list.Count ? list[position] : null;
    }

    private object? Normalize(object? raw, string path)
    {
        if (LiquidValues.TryNormalize(raw, out var value))
        {
            return value;
        }

        context.Problems.Add($"`{path}` holds a {raw?.GetType().Name} value, which a template cannot show");
        return null;
    }

    private object? Refuse(string problem)
    {
        context.Problems.Add(problem);
        return null;
    }

    /// <summary><c>(1..5)</c>: the whole numbers from start to end; empty when the end comes first.</summary>
    private List<object?> Range(LiquidRange range)
    {
        var start = Evaluate(range.Start);
        var end = Evaluate(range.End);
        if (!LiquidValues.TryInteger(start, out var first) || !LiquidValues.TryInteger(end, out var last))
        {
            context.Problems.Add($"a range needs whole numbers, not {LiquidValues.Describe(start)} and {LiquidValues.Describe(end)}");
            return [];
        }

        // A range is built in full, so it is held to the loop limit: `(1..1000000000)` must not allocate that much.
        var count = Math.Max((long)last - first + 1, 0);
        if (count > context.Options.MaxIterations)
        {
            context.Problems.Add($"the range ({first}..{last}) has more than {context.Options.MaxIterations} numbers: only the first are used");
            count = Math.Max(context.Options.MaxIterations, 0);
        }

        var items = new List<object?>((int)count);
        for (var i = 0L; i < count; i++)
        {
            items.Add((decimal)(first + i));
        }

        return items;
    }
}
