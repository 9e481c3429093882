namespace MarketingAutomation.Runtime;

/// <summary>
/// The half of a generated catalog's <see cref="JourneyCatalog.NewEvent"/> and
/// <see cref="JourneyCatalog.ReadEventField"/> that is the same for every event: fields named by
/// a host are put in declaration order (the order of <see cref="JourneyCatalog.EventFields"/>),
/// and unknown or missing names are reported here, so the generated code only converts each value
/// and builds the event.
/// </summary>
/// <remarks>
/// Hosts call these while turning outside data into events and reading them back; journeys never
/// do (they read the generated classes' properties), so a look-up by name is fine here.
/// </remarks>
public static class PlainEvents
{
    /// <summary>
    /// Stands for a field declared with a default that was not given, so the generated code keeps
    /// the default. A null that was given stays null, as for any optional field.
    /// </summary>
    public static object NotGiven { get; } = new();

    /// <summary>
    /// The given fields in declaration order: a missing optional field is null, a missing field
    /// with a default is <see cref="NotGiven"/>. An unknown event or field, or a missing required
    /// field, throws <see cref="ArgumentException"/> naming it.
    /// </summary>
    public static object?[] InDeclarationOrder(
        IReadOnlyDictionary<string, IReadOnlyList<FieldInfo>> events, string eventName, IReadOnlyDictionary<string, object?> fields)
    {
        var declared = Declared(events, eventName);
        foreach (var name in fields.Keys)
        {
            Position(declared, eventName, name);
        }

        var values = new object?[declared.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var field = declared[i];
            if (fields.TryGetValue(field.Name, out var value))
            {
                values[i] = value;
            }
            else if (field.Required)
            {
                throw PlainValues.Missing(eventName, field.Name);
            }
            else if (field.HasDefault)
            {
                values[i] = NotGiven;
            }
        }

        return values;
    }

    /// <summary>Where a field is in its event's declaration order; an unknown event or field throws <see cref="ArgumentException"/>.</summary>
    public static int Position(IReadOnlyDictionary<string, IReadOnlyList<FieldInfo>> events, string eventName, string field) =>
        Position(Declared(events, eventName), eventName, field);

    private static IReadOnlyList<FieldInfo> Declared(IReadOnlyDictionary<string, IReadOnlyList<FieldInfo>> events, string eventName) =>
        events.TryGetValue(eventName, out var declared) ? declared : throw PlainValues.UnknownEvent(eventName);

    private static int Position(IReadOnlyList<FieldInfo> declared, string eventName, string field)
    {
        for (var i = 0; i < declared.Count; i++)
        {
            if (declared[i].Name == field)
            {
                return i;
            }
        }

        throw PlainValues.UnknownField(eventName, field);
    }
}
