namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>
/// Liquid's comparisons. Values of different kinds are never equal (<c>"1" == 1</c> is false);
/// ordering them is an error in Liquid, here a problem and false. Comparing nil with <c>&lt;</c>
/// and the like is simply false, as in Liquid, since an empty optional field is normal.
/// </summary>
internal static class Comparisons
{
    public static bool Evaluate(object? left, LiquidOperator op, object? right, ProblemList problems)
    {
        left = LiquidValues.Unwrap(left);
        right = LiquidValues.Unwrap(right);
        switch (op)
        {
            case LiquidOperator.Equal:
                return AreEqual(left, right);
            case LiquidOperator.NotEqual:
                return !AreEqual(left, right);
            case LiquidOperator.Contains:
                return Contains(left, right);
        }

        if (left is null || right is null)
        {
            return false;
        }

        if (Order(left, right) is not { } order)
        {
            problems.Add($"cannot compare {LiquidValues.Describe(left)} with {LiquidValues.Describe(right)}");
            return false;
        }

        return op switch
        {
            LiquidOperator.Less => order < 0,
            LiquidOperator.Greater => order > 0,
            LiquidOperator.LessOrEqual => order <= 0,
            _ => order >= 0,
        };
    }

    public static bool AreEqual(object? left, object? right, int depth = 0)
    {
        left = LiquidValues.Unwrap(left);
        right = LiquidValues.Unwrap(right);
        if (left is not null && ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is KeywordValue keyword)
        {
            return Matches(keyword, right);
        }

        if (right is KeywordValue rightKeyword)
        {
            return Matches(rightKeyword, left);
        }

        return (left, right) switch
        {
            (null, null) => true,
            (null, _) or (_, null) => false,
            (decimal a, decimal b) => a == b,
            (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
            (bool a, bool b) => a == b,
            (DateOnly a, DateOnly b) => a == b,
            (DateTimeOffset a, DateTimeOffset b) => a.UtcTicks == b.UtcTicks,
            (TimeOnly a, TimeOnly b) => a == b,
            (TimeSpan a, TimeSpan b) => a == b,
            _ when LiquidValues.IsObject(left) || LiquidValues.IsObject(right) => ReferenceEquals(left, right),
            _ => ListsEqual(LiquidValues.AsList(left), LiquidValues.AsList(right), depth),
        };
    }

    /// <summary>Orders two values of the same kind; null when they cannot be ordered.</summary>
    public static int? Order(object? left, object? right) => (LiquidValues.Unwrap(left), LiquidValues.Unwrap(right)) switch
    {
        (decimal a, decimal b) => a.CompareTo(b),
        (string a, string b) => string.CompareOrdinal(a, b),
        (DateOnly a, DateOnly b) => a.CompareTo(b),
        (DateTimeOffset a, DateTimeOffset b) => a.UtcTicks.CompareTo(b.UtcTicks),
        (TimeOnly a, TimeOnly b) => a.CompareTo(b),
        (TimeSpan a, TimeSpan b) => a.CompareTo(b),
        (bool a, bool b) => a.CompareTo(b),
        _ => null,
    };

    /// <summary><c>contains</c>: a text holds a text, a list holds an item, an object holds a key.</summary>
    public static bool Contains(object? container, object? item)
    {
        container = LiquidValues.Unwrap(container);
        item = LiquidValues.Unwrap(item);
        if (item is null)
        {
            return false;
        }

        return container switch
        {
            string text => text.Contains(ValueText.Of(item, null), StringComparison.Ordinal),
            IReadOnlyDictionary<string, object?> map => map.ContainsKey(ValueText.Of(item, null)),
            ILiquidScope scope => scope.TryGet(ValueText.Of(item, null), out _),
            _ => LiquidValues.AsList(container)?.Any(element => AreEqual(element, item)) ?? false,
        };
    }

    /// <summary>Nil, false, a text of only whitespace and anything empty is blank; <c>empty</c> is stricter.</summary>
    public static bool IsBlank(object? value) => LiquidValues.Unwrap(value) switch
    {
        null or false => true,
        string text => string.IsNullOrWhiteSpace(text),
        var other => IsEmpty(other),
    };

    public static bool IsEmpty(object? value) => LiquidValues.Unwrap(value) switch
    {
        KeywordValue => true,
        string text => text.Length == 0,
        IReadOnlyDictionary<string, object?> map => map.Count == 0,
        var other => LiquidValues.AsList(other) is { Count: 0 },
    };

    private static bool Matches(KeywordValue keyword, object? value) =>
        keyword == KeywordValue.Blank ? IsBlank(value) : IsEmpty(value);

    private static bool ListsEqual(IReadOnlyList<object?>? left, IReadOnlyList<object?>? right, int depth)
    {
        if (left is null || right is null || left.Count != right.Count || depth >= LiquidValues.MaxDepth)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!AreEqual(left[i], right[i], depth + 1))
            {
                return false;
            }
        }

        return true;
    }
}
