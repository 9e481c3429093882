using MarketingAutomation.Language.Binding;

namespace MarketingAutomation.Language.Services;

/// <summary>Completion after `when`: events and the words that start the other kinds of trigger.</summary>
internal static class TriggerCompletions
{
    private static readonly string[] TriggerWords =
    [
        "contact enters", "contact leaves", "stage becomes", "yearly", "date", "inactive", "no", "schedule", "every",
    ];

    public static IEnumerable<CompletionItem> For(CompletionContext context, TokenWords words)
    {
        var symbols = context.Symbols;
        var count = words.Count;
        if (count == 0)
        {
            return CompletionItems.Events(symbols).Concat(CompletionItems.Keywords(TriggerWords));
        }

        switch (words[0])
        {
            case "contact":
                return count == 1 ? CompletionItems.Keywords("enters", "leaves") : count == 2 ? CompletionItems.Segments(symbols) : [];
            case "stage":
                return count == 1 ? CompletionItems.Keywords("becomes") : count == 2 ? CompletionItems.Stages(symbols) : [];
            case "yearly" or "date":
                return DateTrigger(context, words);
            case "inactive":
                return [];
            case "no":
                if (count == 1)
                {
                    return CompletionItems.Events(symbols);
                }

                return count == 3 && words[2] == "." ? CompletionItems.EventsIn(symbols, words[1])
                    : count == 1 + words.EventLength(1) ? CompletionItems.Keywords("for") : [];
            case "schedule":
                return Broadcast(symbols, words, firstTimeAt: 2);
            case "every":
                return count == 1 ? BuiltIns.Days.Order(StringComparer.Ordinal).Select(d => new CompletionItem(d, CompletionItemKind.EnumMember, "day", null, null))
                    : count == 2 ? CompletionItems.Keywords("at")
                    : Broadcast(symbols, words, firstTimeAt: 3);
            default:
                return EventTrigger(context, words);
        }
    }

    private static IEnumerable<CompletionItem> EventTrigger(CompletionContext context, TokenWords words)
    {
        var symbols = context.Symbols;
        if (words.Count == 2 && words[1] == "." && CompletionItems.IsEventNamespace(symbols, words[0]))
        {
            return CompletionItems.EventsIn(symbols, words[0]);
        }

        var where = words.IndexOf("where");
        if (where >= 0)
        {
            return ExpressionCompletions.For(context, words.From(where + 1), context.FindEvent(words.EventAt(0)));
        }

        return words.Count == words.EventLength(0) ? CompletionItems.Keywords("where") : [];
    }

    /// <summary>`yearly contact.birthday at 09:00 local`: a date expression, then a time and its zone.</summary>
    private static IEnumerable<CompletionItem> DateTrigger(CompletionContext context, TokenWords words)
    {
        var at = words.IndexOf("at");
        if (at < 0)
        {
            var date = words.From(1);
            var items = ExpressionCompletions.For(context, date, null);
            return date.Count > 0 && ExpressionCompletions.EndsOperand(date, date.Count - 1) ? CompletionItems.Keywords("at").Concat(items) : items;
        }

        return words.Count == at + 2 ? CompletionItems.Keywords("local", "utc") : [];
    }

    /// <summary>`schedule 2026-12-01 10:00 local for vip`, `every monday at 09:00 local for vip`.</summary>
    private static IEnumerable<CompletionItem> Broadcast(SymbolTable symbols, TokenWords words, int firstTimeAt)
    {
        var @for = words.IndexOf("for");
        if (@for >= 0)
        {
            return words.Count == @for + 1 ? CompletionItems.Audiences(symbols) : [];
        }

        return words.Count == firstTimeAt + 1 ? CompletionItems.Keywords("local", "utc", "for")
            : words.Count == firstTimeAt + 2 && words.Last is "local" or "utc" ? CompletionItems.Keywords("for")
            : [];
    }
}
