using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Binding;

/// <summary>What the language provides without declaration: engagement events, functions, names.</summary>
public static class BuiltIns
{
    /// <summary>Engagement events the runtime records by itself, with their fields.</summary>
    public static IReadOnlyList<EventSymbol> Events { get; } =
    [
        Event("email.delivered", ("template", JourneyType.TemplateReference)),
        Event("email.opened", ("template", JourneyType.TemplateReference)),
        Event("email.clicked", ("template", JourneyType.TemplateReference), ("url", JourneyType.Text)),
        Event("email.bounced", ("template", JourneyType.TemplateReference), ("reason", JourneyType.Text)),
        Event("email.complained", ("template", JourneyType.TemplateReference)),
        Event("sms.delivered", ("template", JourneyType.TemplateReference)),
        Event("sms.clicked", ("template", JourneyType.TemplateReference), ("url", JourneyType.Text)),
        Event("push.opened", ("template", JourneyType.TemplateReference)),
        Event("unsubscribed", ("channel", JourneyType.Text)),
    ];

    /// <summary>Channels a template can be written for and a send can use.</summary>
    public static IReadOnlyDictionary<string, Channel> Channels { get; } = new Dictionary<string, Channel>(StringComparer.Ordinal)
    {
        ["email"] = Channel.Email,
        ["sms"] = Channel.Sms,
        ["push"] = Channel.Push,
        ["webhook"] = Channel.Webhook,
    };

    /// <summary>Days a recurring broadcast can name.</summary>
    public static IReadOnlySet<string> Days { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "day", "weekday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    /// <summary>Names that Liquid templates may read besides contact, event and arguments.</summary>
    public static IReadOnlySet<string> TemplateVariables { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "unsubscribe_url", "view_in_browser_url", "preferences_url", "journey", "now", "today",
    };

    /// <summary>The audience every contact belongs to, for broadcasts: `for everyone`.</summary>
    public const string Everyone = "everyone";

    public static IReadOnlyList<FunctionSignature> Functions { get; } =
    [
        new("opened", "opened(template)", "True when the contact opened an email sent from the template.", JourneyType.Bool, [ArgumentKind.Template]),
        new("clicked", "clicked(template)", "True when the contact clicked a link in a message sent from the template.", JourneyType.Bool, [ArgumentKind.Template]),
        new("received", "received(event)", "True when the contact's history holds the event.", JourneyType.Bool, [ArgumentKind.Event]),
        new("count", "count(event within 30d)", "How often the event happened, in all or within the window.", JourneyType.Number, [ArgumentKind.Event]),
        new("sum", "sum(event.field within 365d)", "The total of a number field over the events, in all or within the window.", JourneyType.Money, [ArgumentKind.EventField]),
        new("last", "last(event)", "The most recent such event; read its fields with `.`, such as `last(order_placed).sku`.", JourneyType.Error, [ArgumentKind.Event]),
        new("days_since", "days_since(date)", "Whole days from the date to today in the contact's time zone.", JourneyType.Number, [ArgumentKind.Moment]),
        new("score", "score(score)", "The contact's current value of a score.", JourneyType.Number, [ArgumentKind.Score]),
        new("lower", "lower(text)", "The text in lower case.", JourneyType.Text, [ArgumentKind.Text]),
        new("upper", "upper(text)", "The text in upper case.", JourneyType.Text, [ArgumentKind.Text]),
        new("length", "length(text or list)", "The number of characters or items.", JourneyType.Number, [ArgumentKind.Any]),
    ];

    public static FunctionSignature? FindFunction(string name) => Functions.FirstOrDefault(f => f.Name == name);

    private static EventSymbol Event(string name, params (string Name, JourneyType Type)[] fields)
    {
        var symbol = new EventSymbol(name, null, default, default) { Documentation = "Built-in engagement event." };
        foreach (var (fieldName, type) in fields)
        {
            symbol.TryAddField(new FieldSymbol(fieldName, type, false, false, null, default, default));
        }

        return symbol;
    }
}

public enum ArgumentKind
{
    Template,
    Event,
    EventField,
    Moment,
    Score,
    Text,
    Any,
}

/// <summary>A built-in function: its name, how it is written, what it does, and what it takes.</summary>
public sealed record FunctionSignature(string Name, string Usage, string Description, JourneyType ReturnType, IReadOnlyList<ArgumentKind> Parameters);
