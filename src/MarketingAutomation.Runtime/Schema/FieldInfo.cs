namespace MarketingAutomation.Runtime;

/// <summary>
/// One declared field of the contact profile or of an event. Hosts use it to turn outside data
/// (JSON lines, test literals, API bodies) into the plain values that
/// <see cref="JourneyCatalog.NewContact(string, IReadOnlyDictionary{string, object})"/> and
/// <see cref="JourneyCatalog.NewEvent"/> accept.
/// </summary>
/// <remarks>
/// Plain values, by kind: text, email, phone and time zone are <see cref="string"/>; number and
/// money are <see cref="decimal"/>; bool is <see cref="bool"/>; date is <see cref="DateOnly"/>;
/// datetime is <see cref="DateTimeOffset"/>; time is <see cref="TimeOnly"/>; duration is
/// <see cref="TimeSpan"/>; an enum value is its name as written in scripts (a string); a list is
/// an <see cref="IReadOnlyList{T}"/> of <see cref="object"/> holding plain values of
/// <see cref="ElementKind"/>.
/// </remarks>
/// <param name="Name">The field's name as written in scripts, such as `first_name`.</param>
/// <param name="Optional">Declared with `?`: the value may be missing (null).</param>
/// <param name="HasDefault">Declared with `= value`: a missing value takes the default.</param>
/// <param name="EnumValues">For an enum (or a list of an enum): its values in declaration order.</param>
/// <param name="ElementKind">For a list: the kind of its elements.</param>
public sealed record FieldInfo(
    string Name,
    FieldKind Kind,
    bool Optional,
    bool HasDefault,
    IReadOnlyList<string>? EnumValues = null,
    FieldKind? ElementKind = null)
{
    /// <summary>A value must be given when a contact or event is created.</summary>
    public bool Required => !Optional && !HasDefault;
}
