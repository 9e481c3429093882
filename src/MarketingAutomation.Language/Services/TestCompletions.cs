namespace MarketingAutomation.Language.Services;

/// <summary>Completion inside a journey test: its contact, the events at moments, and expectations.</summary>
internal static class TestCompletions
{
    private static readonly string[] Expectations = ["send", "goal", "exit", "stage", "tag", "post", "notify sales"];

    public static IEnumerable<CompletionItem> For(CompletionContext context)
    {
        var words = context.Statement;
        if (words.Count == 0)
        {
            return CompletionItems.Keywords("contact", "at", "expect");
        }

        return words[0] switch
        {
            "at" => At(context, words),
            "expect" => Expect(context, words.From(1)),
            _ => [],
        };
    }

    private static IEnumerable<CompletionItem> At(CompletionContext context, TokenWords words)
    {
        var symbols = context.Symbols;
        if (words.Count == 2)
        {
            return CompletionItems.Keywords("event", "set");
        }

        if (words[2] == "set")
        {
            return StepCompletions.Set(context, words.From(3), null);
        }

        if (words[2] != "event")
        {
            return [];
        }

        var @event = words.From(3);
        return @event.Count switch
        {
            0 => CompletionItems.Events(symbols),
            2 when @event[1] == "." => CompletionItems.EventsIn(symbols, @event[0]),
            _ => [],
        };
    }

    private static IEnumerable<CompletionItem> Expect(CompletionContext context, TokenWords words)
    {
        var symbols = context.Symbols;
        var negated = words[0] == "no";
        var what = negated ? words.From(1) : words;
        if (what.Count == 0)
        {
            return CompletionItems.Keywords(negated ? Expectations : [.. Expectations, "no"]);
        }

        return (what[0], what.Count) switch
        {
            ("send", 1) => CompletionItems.ChannelItems(),
            ("send", 2) => CompletionItems.Templates(symbols, what[1]),
            ("send", 3) or ("goal" or "exit", 1) or ("stage" or "tag" or "post" or "notify", 2) => CompletionItems.Keywords("at"),
            ("stage", 1) => CompletionItems.Stages(symbols),
            ("post", 1) => CompletionItems.Connections(symbols),
            ("notify", 1) => CompletionItems.Keywords("sales"),
            _ => [],
        };
    }
}
