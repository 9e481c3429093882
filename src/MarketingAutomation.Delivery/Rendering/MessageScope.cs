using MarketingAutomation.Delivery.Links;
using MarketingAutomation.Language.Liquid.Rendering;

namespace MarketingAutomation.Delivery.Rendering;

/// <summary>
/// What a message's Liquid reads: <c>contact.*</c> from the contact's profile, the send's
/// <c>with { }</c> arguments by name, <c>event.*</c> from the arguments named <c>event.field</c>
/// (the compiler adds one to a send for each field its template reads from the event in scope),
/// and the built-in variables.
/// </summary>
internal sealed class MessageScope(OutboundMessage message, MessageLinks links, DateTimeOffset now, TimeZoneInfo zone) : ILiquidScope
{
    public const string EventArgument = "event";

    private const string EventFieldPrefix = EventArgument + ".";

    public bool TryGet(string name, out object? value)
    {
        // Arguments first: a send's `with { }` is the most specific thing a template can read.
        foreach (var argument in message.Arguments)
        {
            if (string.Equals(argument.Name, name, StringComparison.Ordinal))
            {
                value = argument.Value;
                return true;
            }
        }

        if (name == EventArgument && EventFields() is { } fields)
        {
            value = fields;
            return true;
        }

        value = name switch
        {
            "contact" => message.Contact,
            "unsubscribe_url" => links.Unsubscribe,
            // Preferences are managed on the unsubscribe page, which offers more than leaving.
            "preferences_url" => links.Unsubscribe,
            "view_in_browser_url" => links.View,
            "journey" => message.Journey,
            "now" => TimeZoneInfo.ConvertTime(now, zone),
            "today" => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime),
            _ => Missing,
        };
        if (ReferenceEquals(value, Missing))
        {
            value = null;
            return false;
        }

        return true;
    }

    private Dictionary<string, object?>? EventFields()
    {
        Dictionary<string, object?>? fields = null;
        foreach (var argument in message.Arguments)
        {
            if (argument.Name.StartsWith(EventFieldPrefix, StringComparison.Ordinal))
            {
                fields ??= new Dictionary<string, object?>(StringComparer.Ordinal);
                fields[argument.Name[EventFieldPrefix.Length..]] = argument.Value;
            }
        }

        return fields;
    }

    private static readonly object Missing = new();
}
