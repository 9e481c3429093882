namespace MarketingAutomation.Runtime;

/// <summary>
/// The base of a workspace's generated contact record. Generated conditions cast to the derived
/// type once per step run and then read plain properties.
/// </summary>
public abstract record ContactProfile
{
    /// <summary>The host's stable id of the contact: split draws and `emit ... to` are keyed by it.</summary>
    public string ContactId { get; init; } = string.Empty;
}
