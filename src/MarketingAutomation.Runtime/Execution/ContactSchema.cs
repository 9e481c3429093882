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

    /// <summary>
    /// The time zone and addresses of the contact's current profile. They are read by field name
    /// once per profile instance and kept on the state: profiles are immutable records, so a new
    /// profile (a changed field) is a new instance and the facts are read again.
    /// </summary>
    public ProfileFacts FactsOf(ContactState state)
    {
        var profile = state.Profile;
        var facts = state.ProfileFacts;
        if (ReferenceEquals(facts.Profile, profile))
        {
            return facts;
        }

        facts = new ProfileFacts(profile, ZoneOf(profile), HasAddress(profile, Channel.Email), HasAddress(profile, Channel.Sms));
        state.ProfileFacts = facts;
        return facts;
    }
}

/// <summary>What the runtime derives from one profile instance (see <see cref="ContactSchema.FactsOf"/>).</summary>
internal readonly record struct ProfileFacts(ContactProfile? Profile, TimeZoneInfo Zone, bool HasEmail, bool HasPhone)
{
    public bool HasAddress(Channel channel) => channel switch
    {
        Channel.Email => HasEmail,
        Channel.Sms => HasPhone,
        _ => true,
    };
}
