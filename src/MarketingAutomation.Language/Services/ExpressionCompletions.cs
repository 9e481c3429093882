using MarketingAutomation.Language.Binding;

namespace MarketingAutomation.Language.Services;

/// <summary>
/// Completion where a value is being written: names to start from, fields after a dot, the
/// arguments a built-in takes, the values that fit the other side of `==` or `in [...]`.
/// </summary>
internal static class ExpressionCompletions
{
    private static readonly HashSet<string> EventFunctions = new(StringComparer.Ordinal) { "count", "received", "last", "sum" };

    /// <summary>Completions for the expression typed so far in <paramref name="words"/>, with `event` meaning <paramref name="event"/>.</summary>
    public static IEnumerable<CompletionItem> For(CompletionContext context, TokenWords words, EventSymbol? @event, OperandType? expected = null)
    {
        var symbols = context.Symbols;
        var count = words.Count;
        if (count == 0)
        {
            return ValuesOf(symbols, expected) ?? General(@event);
        }

        var last = words.Last;
        if (last == ".")
        {
            return Members(context, words, @event);
        }

        if (OpenCallBefore(words, count) is { } call)
        {
            var inside = words.From(call.Index + 1);
            if (inside.Count == 0)
            {
                return Arguments(symbols, call.Function, @event);
            }

            if (EventFunctions.Contains(call.Function) && call.Function != "last" && inside.IsWord(0) && inside.Count == inside.EventLength(0))
            {
                return CompletionItems.Keywords("within");
            }
        }

        if (last == "in" && (words[count - 2] == "contact" || (words[count - 2] == "not" && words[count - 3] == "contact")))
        {
            return CompletionItems.Segments(symbols);
        }

        if (last == "has")
        {
            return CompletionItems.Keywords("tag");
        }

        if (last is "==" or "!=")
        {
            return ValuesOf(symbols, OperandType.Before(context, words, count - 2, @event)) ?? General(@event);
        }

        if (last is "[" or "," && OpenListBefore(words, count) is { } list && words[list - 1] == "in")
        {
            var left = words[list - 2] == "not" ? list - 3 : list - 2;
            return ValuesOf(symbols, OperandType.Before(context, words, left, @event)) ?? General(@event);
        }

        if (last == "tag" && words[count - 2] == "has")
        {
            return [];
        }

        return EndsOperand(words, count - 1) ? Operators() : General(@event);
    }

    /// <summary>`contact`, `event` where an event is in scope, `today`, `now`, literals words and the built-in functions.</summary>
    public static IEnumerable<CompletionItem> General(EventSymbol? @event)
    {
        var items = new List<CompletionItem>
        {
            new("contact", CompletionItemKind.Variable, "the contact's profile", null, null),
        };
        if (@event is not null)
        {
            items.Add(new CompletionItem("event", CompletionItemKind.Variable, $"event {@event.Name}", "The event at hand here.", null));
        }

        items.Add(new CompletionItem("today", CompletionItemKind.Variable, "date", "Today's date in the contact's time zone.", null));
        items.Add(new CompletionItem("now", CompletionItemKind.Variable, "datetime", "The current moment.", null));
        items.AddRange(CompletionItems.Keywords("true", "false", "not", "has tag"));
        items.AddRange(CompletionItems.Functions());
        return items;
    }

    /// <summary>The innermost `(` before <paramref name="end"/> not yet closed, and the function it calls.</summary>
    public static (int Index, string Function)? OpenCallBefore(TokenWords words, int end)
    {
        var depth = 0;
        for (var i = end - 1; i >= 0; i--)
        {
            switch (words[i])
            {
                case ")" or "]":
                    depth++;
                    break;
                case "(" or "[" when depth > 0:
                    depth--;
                    break;
                case "(":
                    return words.IsWord(i - 1) ? (i, words[i - 1]) : null;
                case "[":
                    return null;
            }
        }

        return null;
    }

    private static int? OpenListBefore(TokenWords words, int end)
    {
        var depth = 0;
        for (var i = end - 1; i >= 0; i--)
        {
            switch (words[i])
            {
                case ")" or "]":
                    depth++;
                    break;
                case "(" or "[" when depth > 0:
                    depth--;
                    break;
                case "[":
                    return i;
                case "(":
                    return null;
            }
        }

        return null;
    }

    private static IEnumerable<CompletionItem>? ValuesOf(SymbolTable symbols, OperandType? operand) => operand switch
    {
        { IsStage: true } => CompletionItems.Stages(symbols),
        { Type: EnumType @enum } => CompletionItems.EnumValues(@enum),
        { Type.Kind: TypeKind.TemplateReference } => CompletionItems.Templates(symbols),
        _ => null,
    };

    private static IEnumerable<CompletionItem> Members(CompletionContext context, TokenWords words, EventSymbol? @event)
    {
        var symbols = context.Symbols;
        var count = words.Count;
        var target = words[count - 2];
        var chained = words[count - 3] == ".";
        if (target == "contact" && !chained)
        {
            return CompletionItems.ContactFields(symbols);
        }

        if (target == "event" && !chained)
        {
            return CompletionItems.Fields(symbols, @event);
        }

        if (target == ")" && OpenCallBefore(words, count - 2) is { Function: "last" } last)
        {
            return CompletionItems.Fields(symbols, context.FindEvent(words.EventAt(last.Index + 1)));
        }

        if (!words.IsWord(count - 2))
        {
            return [];
        }

        if (CompletionItems.IsEventNamespace(symbols, target) && !chained)
        {
            return CompletionItems.EventsIn(symbols, target);
        }

        // `sum(order_placed.total)`: the number fields of the event.
        return OpenCallBefore(words, count) is { Function: "sum" }
            ? CompletionItems.Fields(symbols, context.FindEvent(target), f => f.Type.IsNumeric && !f.Type.IsError)
            : [];
    }

    private static IEnumerable<CompletionItem> Arguments(SymbolTable symbols, string function, EventSymbol? @event) => function switch
    {
        "score" => CompletionItems.Scores(symbols),
        "opened" or "clicked" => CompletionItems.Templates(symbols),
        _ when EventFunctions.Contains(function) => CompletionItems.Events(symbols),
        _ => General(@event),
    };

    /// <summary>Whether the token at <paramref name="index"/> ends a value, so an operator or a clause word may follow.</summary>
    public static bool EndsOperand(TokenWords words, int index) =>
        words.Token(index) is { } token
        && (token.Text is ")" or "]" || TokenFacts.IsNumber(token.Type) || TokenFacts.IsString(token.Type)
            || (TokenFacts.IsWord(token) && !TokenFacts.Reserved.Contains(token.Type)) || token.Text is "true" or "false");

    private static IEnumerable<CompletionItem> Operators() =>
        CompletionItems.Keywords("and", "or", "in", "not in", "contains", "starts_with", "ends_with", "is set", "is not set");
}
