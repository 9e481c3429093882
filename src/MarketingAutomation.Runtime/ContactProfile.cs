namespace MarketingAutomation.Runtime;

/// <summary>
/// The base of a workspace's generated contact class. Generated conditions cast to the derived
/// type once per step run and then read plain properties. Hosts see it immutable: generated code
/// changes a field only on a fresh copy, and <see cref="WithContactId"/> copies too.
/// </summary>
/// <remarks>
/// A class, not a record, as are events: a record's synthesised equality, copying and printing
/// members are compiled for every generated type, which made Roslyn's part of a warm build of the
/// shop about 14 % longer. Profiles and events are compared by reference.
/// </remarks>
public abstract class ContactProfile
{
    private string contactId = string.Empty;

    /// <summary>The host's stable id of the contact: split draws and `emit ... to` are keyed by it.</summary>
    public string ContactId { get => contactId; init => contactId = value; }

    /// <summary>A copy of this profile under another id (an anonymous visitor becoming a known contact).</summary>
    public ContactProfile WithContactId(string id)
    {
        var copy = (ContactProfile)MemberwiseClone();
        copy.contactId = id;
        return copy;
    }
}
