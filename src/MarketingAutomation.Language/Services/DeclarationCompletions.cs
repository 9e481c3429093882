using MarketingAutomation.Language.Binding;

namespace MarketingAutomation.Language.Services;

/// <summary>Completion at the top level and inside the declarations other than journeys and tests.</summary>
internal static class DeclarationCompletions
{
    private static readonly string[] Declarations =
        ["contact", "event", "template", "segment", "score", "lifecycle", "policy", "connection", "journey", "test"];

    public static IEnumerable<CompletionItem> TopLevel(CompletionContext context)
    {
        var words = context.Statement;
        if (words.Count == 0)
        {
            return CompletionItems.Keywords(Declarations);
        }

        switch (words[0])
        {
            case "template":
                return words.Count == 1 ? CompletionItems.ChannelItems() : words.Count == 3 ? CompletionItems.Keywords("transactional") : [];
            case "segment":
                var assign = words.IndexOf("=");
                return assign < 0 ? [] : ExpressionCompletions.For(context, words.From(assign + 1), null);
            case "test":
                return words.Last == "for" ? CompletionItems.Journeys(context.Symbols) : [];
            default:
                return [];
        }
    }

    /// <summary>`on <event> +<points> [where ...] [max <n> per <duration>]` and `decay <percent> every <duration>`.</summary>
    public static IEnumerable<CompletionItem> ScoreRules(CompletionContext context)
    {
        var words = context.Statement;
        var symbols = context.Symbols;
        if (words.Count == 0)
        {
            return CompletionItems.Keywords("on", "decay");
        }

        if (words[0] == "decay")
        {
            return words.Count == 2 ? CompletionItems.Keywords("every") : [];
        }

        if (words[0] != "on")
        {
            return [];
        }

        if (words.Count == 1)
        {
            return CompletionItems.Events(symbols);
        }

        if (words.Count == 3 && words[2] == "." && CompletionItems.IsEventNamespace(symbols, words[1]))
        {
            return CompletionItems.EventsIn(symbols, words[1]);
        }

        var max = words.IndexOf("max");
        if (max >= 0)
        {
            return words.Count == max + 2 ? CompletionItems.Keywords("per") : [];
        }

        var where = words.IndexOf("where");
        if (where >= 0)
        {
            var filter = words.From(where + 1);
            var items = ExpressionCompletions.For(context, filter, context.FindEvent(words.EventAt(1)));
            return filter.Count > 0 && ExpressionCompletions.EndsOperand(filter, filter.Count - 1) ? items.Concat(CompletionItems.Keywords("max")) : items;
        }

        // After the points: `on order_placed +25 |`.
        return words.Count == 1 + words.EventLength(1) + 2 ? CompletionItems.Keywords("where", "max") : [];
    }

    public static IEnumerable<CompletionItem> Policy(CompletionContext context)
    {
        var words = context.Statement;
        return (words[0], words.Count) switch
        {
            (_, 0) => CompletionItems.Keywords("quiet hours", "at most"),
            ("quiet", 1) => CompletionItems.Keywords("hours"),
            ("quiet", 5) => CompletionItems.Keywords("local", "utc"),
            ("at", 1) => CompletionItems.Keywords("most"),
            ("at", 3) => CompletionItems.ChannelItems(),
            ("at", 4) => CompletionItems.Keywords("per"),
            _ => [],
        };
    }

    /// <summary>The parts a template of this channel may have: SMS and webhook templates have no subject or preheader.</summary>
    public static IEnumerable<CompletionItem> TemplateParts(CompletionContext context)
    {
        var words = context.Statement;
        if (words.Count == 1 && words[0] is "subject" or "preheader" or "body" or "text")
        {
            return CompletionItems.Keywords("file");
        }

        if (words.Count > 0)
        {
            return [];
        }

        return context.Current.Name is "sms" or "webhook"
            ? CompletionItems.Keywords("body", "text")
            : CompletionItems.Keywords("subject", "preheader", "body", "text");
    }

    /// <summary>Fields of `contact { ... }` and `event x { ... }`: `name : type [= default]`.</summary>
    public static IEnumerable<CompletionItem> FieldList(CompletionContext context)
    {
        var words = context.Statement;
        if (words[1] != ":")
        {
            return [];
        }

        var assign = words.IndexOf("=");
        if (assign >= 0)
        {
            return ExpressionCompletions.For(context, words.From(assign + 1), null);
        }

        return words.Count == 2 || (words.Last == "(" && words[^2] == "list") ? CompletionItems.Types() : [];
    }

    /// <summary>Inside `{ name: value, ... }`: the names that fit (the record's fields, the template's arguments), then values.</summary>
    public static IEnumerable<CompletionItem> ObjectLiteral(CompletionContext context)
    {
        var frame = context.Current;
        var words = context.Statement;
        var symbols = context.Symbols;
        RecordSymbol? record = frame.Kind switch
        {
            FrameKind.ContactProfile => symbols.Contact,
            FrameKind.EventPayload => context.FindEvent(frame.Event),
            _ => null,
        };
        if (words.Count == 0)
        {
            if (frame.Kind == FrameKind.TemplateArguments)
            {
                var template = symbols.Templates.FirstOrDefault(t => t.Name == frame.Name);
                return (template?.Arguments ?? []).Where(a => !frame.Given.Contains(a))
                    .Select(a => new CompletionItem(a, CompletionItemKind.Field, $"argument of {template?.Name}", null, null));
            }

            return CompletionItems.Fields(symbols, record, f => !frame.Given.Contains(f.Name));
        }

        if (words[1] != ":")
        {
            return [];
        }

        var expected = record?.FindField(words[0]) is { } field ? new OperandType(field.Type, false) : null;
        return ExpressionCompletions.For(context, words.From(2), context.EventInScope, expected);
    }

    public static IEnumerable<CompletionItem> Preferred(CompletionContext context)
    {
        var words = context.Statement;
        return words.Count switch
        {
            0 => CompletionItems.ChannelItems(),
            1 => CompletionItems.Templates(context.Symbols, words[0]),
            2 => CompletionItems.Keywords("with"),
            _ => [],
        };
    }
}
