namespace MarketingAutomation.Runtime;

/// <summary>
/// The entry point of a compiled workspace: its journeys, segments, scores and event types.
/// A host finds the one generated subclass in the assembly and reads everything from it,
/// without reflection over the rest.
/// </summary>
public abstract class JourneyCatalog
{
    /// <summary>The content hash of the workspace the assembly was built from.</summary>
    public abstract string ContentHash { get; }

    public abstract IReadOnlyList<CompiledJourney> Journeys { get; }

    /// <summary>Segment conditions by name, for segment triggers and broadcasts.</summary>
    public abstract IReadOnlyDictionary<string, Func<IJourneyContext, bool>> Segments { get; }

    /// <summary>
    /// The `within` windows segment conditions read: a contact's membership can change when an
    /// event ages out of one, so the runtime re-checks segments at those moments.
    /// </summary>
    public virtual IReadOnlyList<TimeSpan> SegmentWindows { get; } = [];

    public abstract IReadOnlyList<ScoreRule> ScoreRules { get; }

    public abstract IReadOnlyList<ScoreDecay> ScoreDecays { get; }

    /// <summary>The generated class of each event, by name: what a host deserialises event data into.</summary>
    public abstract IReadOnlyDictionary<string, Type> EventTypes { get; }

    public abstract Type ContactType { get; }

    /// <summary>A new contact with every declared default.</summary>
    public abstract ContactProfile NewContact(string contactId);

    /// <summary>The contact profile's declared fields, in declaration order.</summary>
    public abstract IReadOnlyList<FieldInfo> ContactFields { get; }

    /// <summary>Each event's declared fields (built-in events included), by event name.</summary>
    public abstract IReadOnlyDictionary<string, IReadOnlyList<FieldInfo>> EventFields { get; }

    /// <summary>The lifecycle's stages in order (empty without a `lifecycle`).</summary>
    public abstract IReadOnlyList<string> Stages { get; }

    public abstract PolicyInfo Policy { get; }

    /// <summary>Every declared template, by name.</summary>
    public abstract IReadOnlyDictionary<string, TemplateInfo> Templates { get; }

    /// <summary>
    /// A new contact from plain values by field name (see <see cref="FieldInfo"/>); fields not given
    /// take their defaults. An unknown field name or a value of the wrong type throws
    /// <see cref="ArgumentException"/> naming the field.
    /// </summary>
    public abstract ContactProfile NewContact(string contactId, IReadOnlyDictionary<string, object?> fields);

    /// <summary>
    /// The contact with one field changed. The value is a plain value or the generated type's own
    /// value (what <see cref="IJourneyEffects.SetAttribute"/> receives). Throws
    /// <see cref="ArgumentException"/> for an unknown field or a value of the wrong type.
    /// </summary>
    public abstract ContactProfile WithField(ContactProfile contact, string field, object? value);

    /// <summary>One field of the contact as a plain value; throws <see cref="ArgumentException"/> for an unknown field.</summary>
    public abstract object? ReadField(ContactProfile contact, string field);

    /// <summary>
    /// A new event of a declared or built-in name from plain values by field name. Missing
    /// optional fields are null; a missing required field, an unknown field or a value of the wrong
    /// type throws <see cref="ArgumentException"/> naming the field.
    /// </summary>
    public abstract EventData NewEvent(string eventName, DateTimeOffset occurredAt, IReadOnlyDictionary<string, object?> fields);

    /// <summary>
    /// Any value generated code produces (a send argument, a `post` payload, a field) as a plain
    /// value: generated enum values become their script names; other values pass through.
    /// </summary>
    public virtual object? Plain(object? value) => value;

    /// <summary>One field of an event as a plain value; throws <see cref="ArgumentException"/> for an unknown field.</summary>
    public abstract object? ReadEventField(EventData @event, string field);
}
