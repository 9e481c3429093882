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

    public abstract IReadOnlyList<ScoreRule> ScoreRules { get; }

    public abstract IReadOnlyList<ScoreDecay> ScoreDecays { get; }

    /// <summary>The generated record type of each event, by name: what a host deserialises event data into.</summary>
    public abstract IReadOnlyDictionary<string, Type> EventTypes { get; }

    public abstract Type ContactType { get; }

    /// <summary>A new contact with every declared default.</summary>
    public abstract ContactProfile NewContact(string contactId);
}
