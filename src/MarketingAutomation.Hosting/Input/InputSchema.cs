using MarketingAutomation.Runtime;

namespace MarketingAutomation.Hosting.Input;

/// <summary>The declarations input lines are checked against: the contact's fields and each event's.</summary>
public sealed record InputSchema(
    IReadOnlyList<FieldInfo> ContactFields,
    IReadOnlyDictionary<string, IReadOnlyList<FieldInfo>> EventFields)
{
    public static InputSchema Of(JourneyCatalog catalog) => new(catalog.ContactFields, catalog.EventFields);
}
