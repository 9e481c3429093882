namespace MarketingAutomation.Language.Liquid.Rendering.Filters;

/// <summary>
/// Filters that work on lists. Filters that read a property (<c>map: "sku"</c>, <c>where: "active"</c>)
/// take lists of objects; as in Liquid, a single object counts as a list of one. A list filter given
/// something that is not a list reports it and leaves the value as it was.
/// </summary>
internal static class ListFilters
{
    // Stands for nil in a set of seen values, which cannot hold null.
    private static readonly object NilKey = new();

    /// <summary>Characters of a text, items of a list, fields of an object; 0 for nil and anything else.</summary>
    public static object? Size(FilterCall call) => (decimal)(call.Input switch
    {
        string text => text.Length,
        IReadOnlyDictionary<string, object?> map => map.Count,
        var other => LiquidValues.AsList(other)?.Count ?? 0,
    });

    /// <summary>The first item of a list; for a text, its first character (handy for initials).</summary>
    public static object? First(FilterCall call) => call.Input switch
    {
        null => null,
        string text => text.Length == 0 ? string.Empty : text.EnumerateRunes().First().ToString(),
        var other when LiquidValues.AsList(other) is { } list => list.Count > 0 ? list[0] : null,
        _ => call.Reject($"expects a list or a text, not {LiquidValues.Describe(call.Input)}"),
    };

    public static object? Last(FilterCall call) => call.Input switch
    {
        null => null,
        string text => text.Length == 0 ? string.Empty : text.EnumerateRunes().Last().ToString(),
        var other when LiquidValues.AsList(other) is { } list => list.Count > 0 ? list[^1] : null,
        _ => call.Reject($"expects a list or a text, not {LiquidValues.Describe(call.Input)}"),
    };

    /// <summary><c>slice: start, length</c> of a text or list; a negative start counts from the end.</summary>
    public static object? Slice(FilterCall call)
    {
        if (!call.TryIntegerArgument(0, 0, out var start) || !call.TryIntegerArgument(1, 1, out var length))
        {
            return call.Reject("expects whole numbers: a start and, optionally, a length");
        }

        var list = LiquidValues.AsList(call.Input);
        var text = list is null ? call.InputText : string.Empty;
        var count = list?.Count ?? text.Length;
        start = start < 0 ? start + count : start;
        if (start < 0 || start > count || length < 0)
        {
            return list is null ? string.Empty : new List<object?>();
        }

        length = Math.Min(length, count - start);
        return list is null ? text.Substring(start, length) : list.Skip(start).Take(length).ToList();
    }

    /// <summary><c>join: ", "</c>: the items as text with the separator between them (a space by default).</summary>
    public static object? Join(FilterCall call)
    {
        if (LiquidValues.AsList(call.Input) is not { } list)
        {
            return call.InputText;
        }

        // Built within the length limit: a long separator times many items could be huge.
        var separator = call.TextArgument(0, " ");
        var result = new BoundedText(call.MaxLength);
        for (var i = 0; i < list.Count && !result.WasCut; i++)
        {
            if (i > 0)
            {
                result.Append(separator);
            }

            result.Append(call.Text(list[i]));
        }

        return call.Finish(result);
    }

    public static object? Reverse(FilterCall call)
    {
        if (LiquidValues.AsList(call.Input) is not { } list)
        {
            return call.Reject($"expects a list, not {LiquidValues.Describe(call.Input)}");
        }

        var reversed = list.ToList();
        reversed.Reverse();
        return reversed;
    }

    /// <summary>Drops nil items, or with <c>compact: "field"</c> the items whose field is nil.</summary>
    public static object? Compact(FilterCall call) =>
        WithItems(call, items => items.Where(item => (call.Arguments.Count == 0 ? item : Property(item, call.TextArgument(0))) is not null).ToList());

    public static object? Concat(FilterCall call)
    {
        if (LiquidValues.AsList(call.Argument(0)) is not { } other)
        {
            return call.Reject($"expects a list to add, not {LiquidValues.Describe(call.Argument(0))}");
        }

        return WithItems(call, items => items.Concat(other).ToList());
    }

    /// <summary><c>map: "sku"</c>: the field of each object.</summary>
    public static object? Map(FilterCall call) =>
        WithItems(call, items => items.Select(item => Property(item, call.TextArgument(0))).ToList());

    /// <summary><c>where: "active"</c> keeps objects whose field is true; <c>where: "plan", "pro"</c> those whose field equals the value.</summary>
    public static object? Where(FilterCall call)
    {
        var field = call.TextArgument(0);
        Func<object?, bool> keep = call.Arguments.Count > 1
            ? value => Comparisons.AreEqual(value, call.Argument(1))
            : LiquidValues.IsTruthy;
        return WithItems(call, items => items.Where(item => keep(Property(item, field))).ToList());
    }

    /// <summary>Drops repeated items (or items with a repeated field), keeping the first of each.</summary>
    public static object? Uniq(FilterCall call) => WithItems(call, items =>
    {
        var seenPlain = new HashSet<object>();
        var seenOther = new List<object?>();
        var unique = new List<object?>();
        foreach (var item in items)
        {
            var key = call.Arguments.Count == 0 ? item : Property(item, call.TextArgument(0));

            // Plain values hash consistently with Liquid's equality (1 and 1.0 are one key); lists
            // and objects do not, and are compared one by one.
            bool isNew;
            if (key is null or string or decimal or bool or DateOnly or DateTimeOffset or TimeOnly or TimeSpan)
            {
                isNew = seenPlain.Add(key ?? NilKey);
            }
            else
            {
                isNew = !seenOther.Exists(other => Comparisons.AreEqual(other, key));
                seenOther.Add(key);
            }

            if (isNew)
            {
                unique.Add(item);
            }
        }

        return unique;
    });

    /// <summary>Sorts by value (or by a field): numbers by size, texts by character code, nil last.</summary>
    public static object? Sort(FilterCall call) => Sorted(call, natural: false);

    /// <summary>Sorts texts ignoring case, as a person would.</summary>
    public static object? SortNatural(FilterCall call) => Sorted(call, natural: true);

    private static object? Sorted(FilterCall call, bool natural)
    {
        if (LiquidValues.AsList(call.Input) is not { } list)
        {
            return call.Reject($"expects a list, not {LiquidValues.Describe(call.Input)}");
        }

        var keyed = list.Select(item => (Item: item, Key: call.Arguments.Count == 0 ? item : Property(item, call.TextArgument(0)))).ToList();
        if (natural)
        {
            keyed = keyed.Select(pair => (pair.Item, Key: pair.Key is null ? null : (object)call.Text(pair.Key))).ToList();
        }

        // Liquid cannot order a text against a number; check first, since a comparer must not fail midway.
        var first = keyed.Find(pair => pair.Key is not null).Key;
        if (first is not null && keyed.Exists(pair => pair.Key is not null && Comparisons.Order(first, pair.Key) is null))
        {
            return call.Reject("cannot sort a list that mixes different kinds of values");
        }

        var comparer = Comparer<object?>.Create((a, b) => (a, b) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            (string x, string y) when natural => string.Compare(x, y, StringComparison.OrdinalIgnoreCase),
            _ => Comparisons.Order(a, b) ?? 0,
        });
        return keyed.OrderBy(pair => pair.Key, comparer).Select(pair => pair.Item).ToList();
    }

    /// <summary>Runs <paramref name="operation"/> on the items: a list's, a single object as a list of one, none for nil.</summary>
    private static object? WithItems(FilterCall call, Func<IReadOnlyList<object?>, List<object?>> operation)
    {
        IReadOnlyList<object?>? items = call.Input switch
        {
            null => [],
            var single when LiquidValues.IsObject(single) => [single],
            var other => LiquidValues.AsList(other),
        };
        return items is null ? call.Reject($"expects a list, not {LiquidValues.Describe(call.Input)}") : operation(items);
    }

    /// <summary>A field of an object in a list; nil for anything that has no such field.</summary>
    private static object? Property(object? item, string name) => item switch
    {
        IReadOnlyDictionary<string, object?> map => LiquidValues.Normalize(map.GetValueOrDefault(name)),
        ILiquidScope scope when scope.TryGet(name, out var value) => LiquidValues.Normalize(value),
        _ => null,
    };
}
