using MarketingAutomation.Delivery.Links;
using MarketingAutomation.Language.Liquid.Rendering;

namespace MarketingAutomation.Delivery.Rendering;

/// <summary>
/// What a message's Liquid reads: <c>contact.*</c> from the contact's profile, the send's
/// <c>with { }</c> arguments by name, <c>event.*</c> from an argument named <c>event</c> (the
/// host passes the event in scope that way, since a send's recorded arguments do not hold it),
/// and the built-in variables.
/// </summary>
internal sealed class MessageScope(OutboundMessage message, MessageLinks links, DateTimeOffset now, TimeZoneInfo zone) : ILiquidScope
{
    public const string EventArgument = "event";

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

    private static readonly object Missing = new();
}
