namespace MarketingAutomation.Server.Grains;

/// <summary>
/// An event for a contact, already checked against the schema. Its data travels as the JSON text
/// it arrived in, not as generated types: those live in a deployment's own assembly, which the
/// wire format cannot name. The grain converts it with the same reader that checked it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record IncomingEvent
{
    [Id(0)] public required string Id { get; init; }

    [Id(1)] public required string Name { get; init; }

    [Id(2)] public required DateTimeOffset At { get; init; }

    /// <summary>The event's data: a JSON object of its fields.</summary>
    [Id(3)] public required string DataJson { get; init; }
}

public enum EventStatus
{
    Accepted,
    Duplicate,
    Rejected,
}

[GenerateSerializer, Immutable]
public sealed record EventResult
{
    [Id(0)] public required EventStatus Status { get; init; }

    /// <summary>Why a rejected event was refused.</summary>
    [Id(1)] public string? Problem { get; init; }
}

/// <summary>A contact's state handed over to the contact it merges into.</summary>
[GenerateSerializer, Immutable]
public sealed record SurrenderedContact
{
    [Id(0)] public required int Deployment { get; init; }

    [Id(1)] public required byte[] State { get; init; }
}

public enum MergeStatus
{
    Merged,

    /// <summary>The anonymous id is unknown (or already merged elsewhere).</summary>
    NothingToMerge,

    /// <summary>The two ids are the same contact.</summary>
    SameContact,
}
