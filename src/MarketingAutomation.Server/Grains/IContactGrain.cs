using MarketingAutomation.Server.Contacts;

namespace MarketingAutomation.Server.Grains;

/// <summary>
/// One contact, keyed by its id. Orleans runs one call at a time per grain, so a contact's
/// stimuli are applied one by one, in arrival order, while other contacts run in parallel. Every
/// call that changes the contact returns after its write is durable.
/// </summary>
public interface IContactGrain : IGrainWithStringKey
{
    /// <summary>Applies events in order; each is accepted, a duplicate of one applied before (by id), or rejected.</summary>
    Task<IReadOnlyList<EventResult>> ApplyEventsAsync(IReadOnlyList<IncomingEvent> events);

    /// <summary>Creates the contact with these fields, or changes them (a profile change). True when the contact is new.</summary>
    Task<bool> UpdateProfileAsync(string fieldsJson);

    /// <summary>Applies the contact's timer if it is due.</summary>
    Task WakeAsync();

    /// <summary>The contact as the API shows it, or null when unknown.</summary>
    Task<ContactView?> GetAsync();

    /// <summary>Absorbs another (anonymous) contact: its history and journeys move here. See docs/api.md for the rule.</summary>
    Task<MergeStatus> IdentifyAsync(string anonymousId);

    /// <summary>Hands this contact's state to <paramref name="into"/> and forwards everything there from now on; null when unknown.</summary>
    Task<SurrenderedContact?> SurrenderAsync(string into);
}
