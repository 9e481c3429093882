using MarketingAutomation.Runtime;

namespace MarketingAutomation.Server.Deployments;

/// <summary>
/// Where a message to a contact goes, by the rule the runtime's policy uses to decide that an
/// address exists: the first `email` field for email, the first `phone` field for SMS. Push and
/// webhooks take no address from the profile.
/// </summary>
public sealed class ContactAddresses(JourneyCatalog catalog)
{
    private readonly string? emailField = catalog.ContactFields.FirstOrDefault(f => f.Kind == FieldKind.Email)?.Name;
    private readonly string? phoneField = catalog.ContactFields.FirstOrDefault(f => f.Kind == FieldKind.Phone)?.Name;

    public string? Email(ContactProfile profile) => Read(profile, emailField);

    public string? For(ContactProfile profile, Channel channel) => channel switch
    {
        Channel.Email => Read(profile, emailField),
        Channel.Sms => Read(profile, phoneField),
        _ => null,
    };

    private string? Read(ContactProfile profile, string? field) =>
        field is not null && catalog.ReadField(profile, field) is string { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value : null;
}
