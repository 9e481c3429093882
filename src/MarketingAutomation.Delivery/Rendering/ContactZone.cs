namespace MarketingAutomation.Delivery.Rendering;

/// <summary>The time zone a contact reads dates in: their <c>timezone</c> field when it names a known zone, else UTC.</summary>
internal static class ContactZone
{
    public const string Field = "timezone";

    public static TimeZoneInfo Of(OutboundMessage message) =>
        message.Contact.TryGetValue(Field, out var value) && value is string id && id.Length > 0
            && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : TimeZoneInfo.Utc;
}
