using MarketingAutomation.Language.Binding;

namespace MarketingAutomation.Language.Services;

/// <summary>Completion inside a journey: its clauses before the first step, and every step.</summary>
internal static class StepCompletions
{
    private static readonly string[] Clauses = ["when", "entry", "goal", "leave when", "holdout"];

    private static readonly string[] Steps =
    [
        "send", "wait", "wait for", "wait until", "if", "split", "set", "tag", "untag", "score", "stage",
        "post", "notify sales", "emit", "start journey", "exit",
    ];

    public static IEnumerable<CompletionItem> For(CompletionContext context)
    {
        var words = context.Statement;
        var symbols = context.Symbols;
        var scope = context.EventInScope;
        if (words.Count == 0)
        {
            var clauses = context.Current is { Kind: FrameKind.Journey, SawStep: false } ? Clauses : [];
            return CompletionItems.Keywords([.. clauses, .. Steps]);
        }

        return words[0] switch
        {
            "when" when context.Current.Kind == FrameKind.Journey => TriggerCompletions.For(context, words.From(1)),
            "entry" => Entry(words),
            "goal" => EventOrCondition(context, words.From(1), goal: true),
            "leave" when words.Count == 1 => CompletionItems.Keywords("when"),
            "leave" when words[1] == "when" => EventOrCondition(context, words.From(2), goal: false),
            "send" => Send(context, words),
            "wait" => Wait(context, words),
            "if" => If(context, words),
            "set" => Set(context, words.From(1), scope),
            "score" when words.Count == 1 => CompletionItems.Scores(symbols),
            "score" when words.Count == 2 => CompletionItems.Keywords("+=", "-="),
            "score" => ExpressionCompletions.For(context, words.From(3), scope),
            "stage" when words.Count == 1 => CompletionItems.Stages(symbols),
            "post" when words.Count == 1 => CompletionItems.Connections(symbols),
            "notify" when words.Count == 1 => CompletionItems.Keywords("sales"),
            "emit" => Emit(context, words, scope),
            "start" when words.Count == 1 => CompletionItems.Keywords("journey"),
            "start" when words.Count == 2 && words[1] == "journey" =>
                CompletionItems.Journeys(symbols).Where(j => j.Label != context.Journey?.Name),
            _ => [],
        };
    }

    /// <summary>
    /// A goal or exit names an event (`goal order_placed where ...`) or states a condition
    /// (`leave when contact.plan == pro`); both are offered until it is clear which it is.
    /// </summary>
    public static IEnumerable<CompletionItem> EventOrCondition(CompletionContext context, TokenWords words, bool goal)
    {
        var symbols = context.Symbols;
        var scope = context.EventInScope;
        if (words.Count == 0)
        {
            return CompletionItems.Events(symbols).Concat(ExpressionCompletions.General(scope));
        }

        if (goal && words.IndexOf("within") >= 0)
        {
            return [];
        }

        var where = words.IndexOf("where");
        if (where >= 0)
        {
            var filter = words.From(where + 1);
            var items = ExpressionCompletions.For(context, filter, context.FindEvent(words.EventAt(0)));
            return goal && filter.Count > 0 && ExpressionCompletions.EndsOperand(filter, filter.Count - 1)
                ? items.Concat(CompletionItems.Keywords("within"))
                : items;
        }

        if (words.Count == 2 && words[1] == "." && CompletionItems.IsEventNamespace(symbols, words[0]))
        {
            return CompletionItems.EventsIn(symbols, words[0]);
        }

        if (words.Count == words.EventLength(0) && context.FindEvent(words.EventAt(0)) is not null)
        {
            return goal ? CompletionItems.Keywords("where", "within") : CompletionItems.Keywords("where");
        }

        var condition = ExpressionCompletions.For(context, words, scope);
        return goal && ExpressionCompletions.EndsOperand(words, words.Count - 1) ? condition.Concat(CompletionItems.Keywords("within")) : condition;
    }

    private static IEnumerable<CompletionItem> Entry(TokenWords words) => (words.Count, words[1], words[2]) switch
    {
        (1, _, _) => CompletionItems.Keywords("once", "every time"),
        (2, "every", _) => CompletionItems.Keywords("time"),
        (3, "every", "time") => CompletionItems.Keywords("at most once per"),
        _ => [],
    };

    private static IEnumerable<CompletionItem> Send(CompletionContext context, TokenWords words)
    {
        var last = words.Last;
        return words.Count switch
        {
            1 => CompletionItems.ChannelItems().Append(new CompletionItem("preferred", CompletionItemKind.Keyword, "the contact's preferred channel", null, null)),
            2 when last == "preferred" => [],
            2 => CompletionItems.Templates(context.Symbols, words[1]),
            3 => CompletionItems.Keywords("with", "at best time"),
            _ when last == "at" => CompletionItems.Keywords("best time"),
            _ when last == "best" => CompletionItems.Keywords("time"),
            _ when last == "}" => CompletionItems.Keywords("at best time"),
            _ => [],
        };
    }

    private static IEnumerable<CompletionItem> Wait(CompletionContext context, TokenWords words)
    {
        if (words.Count == 1)
        {
            return CompletionItems.Keywords("for", "until");
        }

        if (words[1] == "until")
        {
            var moment = words.From(2);
            var items = ExpressionCompletions.For(context, moment, context.EventInScope);
            return moment.Count > 0 && ExpressionCompletions.EndsOperand(moment, moment.Count - 1)
                ? CompletionItems.Keywords("local", "utc", "on weekdays").Concat(items)
                : items;
        }

        return words[1] == "for" ? WaitFor(context, words.From(2)) : [];
    }

    private static IEnumerable<CompletionItem> WaitFor(CompletionContext context, TokenWords words)
    {
        var symbols = context.Symbols;
        if (words.Count == 0)
        {
            return CompletionItems.Events(symbols);
        }

        if (words.Count == 2 && words[1] == "." && CompletionItems.IsEventNamespace(symbols, words[0]))
        {
            return CompletionItems.EventsIn(symbols, words[0]);
        }

        var upTo = words.IndexOf("up");
        if (upTo >= 0)
        {
            return words.Count == upTo + 1 ? CompletionItems.Keywords("to") : [];
        }

        var where = words.IndexOf("where");
        if (where >= 0)
        {
            var filter = words.From(where + 1);
            var items = ExpressionCompletions.For(context, filter, context.FindEvent(words.EventAt(0)));
            return filter.Count > 0 && ExpressionCompletions.EndsOperand(filter, filter.Count - 1)
                ? items.Concat(CompletionItems.Keywords("up to"))
                : items;
        }

        return words.Count == words.EventLength(0) ? CompletionItems.Keywords("where", "up to") : [];
    }

    /// <summary>`if c`, and after its block `else`, `else if c`.</summary>
    private static IEnumerable<CompletionItem> If(CompletionContext context, TokenWords words)
    {
        var afterBlock = words.LastIndexOf("}");
        if (afterBlock < 0)
        {
            return ExpressionCompletions.For(context, words.From(1), context.EventInScope);
        }

        var rest = words.From(afterBlock + 1);
        return rest.Count switch
        {
            0 => CompletionItems.Keywords("else"),
            1 when rest[0] == "else" => CompletionItems.Keywords("if"),
            _ when rest[0] == "else" && rest[1] == "if" => ExpressionCompletions.For(context, rest.From(2), context.EventInScope),
            _ => [],
        };
    }

    /// <summary>`set contact.field = value` in a journey or a test.</summary>
    public static IEnumerable<CompletionItem> Set(CompletionContext context, TokenWords words, EventSymbol? scope)
    {
        if (words.Count == 0)
        {
            return [new CompletionItem("contact", CompletionItemKind.Variable, "the contact's profile", null, null)];
        }

        if (words.Count == 2 && words[0] == "contact" && words[1] == ".")
        {
            return CompletionItems.Fields(context.Symbols, context.Symbols.Contact);
        }

        var assign = words.IndexOf("=");
        return assign < 0 ? [] : ExpressionCompletions.For(context, words.From(assign + 1), scope, OperandType.Before(context, words, assign - 1, scope));
    }

    private static IEnumerable<CompletionItem> Emit(CompletionContext context, TokenWords words, EventSymbol? scope)
    {
        var symbols = context.Symbols;
        if (words.Count == 1)
        {
            return CompletionItems.Events(symbols).Where(e => !e.Label.Contains('.'));
        }

        var to = words.IndexOf("to");
        if (to >= 0)
        {
            return ExpressionCompletions.For(context, words.From(to + 1), scope);
        }

        return words.Count == 2 || words.Last == "}" ? CompletionItems.Keywords("to") : [];
    }
}
