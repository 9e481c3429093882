using MarketingAutomation.Runtime.Time;

namespace MarketingAutomation.Runtime.Execution;

/// <summary>The contact fields the runtime itself reads: where to send, and which time zone the contact lives in.</summary>
internal sealed class ContactSchema(JourneyCatalog catalog)
{
    private readonly string? emailField = catalog.ContactFields.FirstOrDefault(f => f.Kind == FieldKind.Email)?.Name;
    private readonly string? phoneField = catalog.ContactFields.FirstOrDefault(f => f.Kind == FieldKind.Phone)?.Name;
    private readonly string? zoneField = catalog.ContactFields.FirstOrDefault(f => f.Kind == FieldKind.TimeZone)?.Name;

    public TimeZoneInfo ZoneOf(ContactProfile profile) =>
        zoneField is null ? TimeZoneInfo.Utc : ZonedTime.Resolve(catalog.ReadField(profile, zoneField) as string);

    /// <summary>Whether the contact has an address on the channel. Push and webhooks need none the profile could hold: the host knows devices and endpoints.</summary>
    public bool HasAddress(ContactProfile profile, Channel channel) => channel switch
    {
        Channel.Email => emailField is not null && !string.IsNullOrWhiteSpace(catalog.ReadField(profile, emailField) as string),
        Channel.Sms => phoneField is not null && !string.IsNullOrWhiteSpace(catalog.ReadField(profile, phoneField) as string),
        _ => true,
    };

    public string? Email(ContactProfile profile) => emailField is null ? null : catalog.ReadField(profile, emailField) as string;
}
