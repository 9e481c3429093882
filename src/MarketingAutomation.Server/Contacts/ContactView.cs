namespace MarketingAutomation.Server.Contacts;

/// <summary>A contact as `GET /v1/contacts/{id}` shows it: profile, lifecycle stage, scores, tags and journeys.</summary>
[GenerateSerializer, Immutable]
public sealed record ContactView
{
    [Id(0)] public required string Id { get; init; }

    /// <summary>The profile's fields as a JSON object (plain values, as the API takes them).</summary>
    [Id(1)] public required string ProfileJson { get; init; }

    [Id(2)] public string? Stage { get; init; }

    [Id(3)] public required IReadOnlyDictionary<string, decimal> Scores { get; init; }

    [Id(4)] public required IReadOnlyList<string> Tags { get; init; }

    [Id(5)] public required IReadOnlyList<JourneyView> Journeys { get; init; }

    [Id(6)] public DateTimeOffset? NextWake { get; init; }

    [Id(7)] public required IReadOnlyList<string> Unsubscribed { get; init; }
}

/// <summary>A running (or waiting) journey instance: where it is and what it waits for.</summary>
[GenerateSerializer, Immutable]
public sealed record JourneyView
{
    [Id(0)] public required string Journey { get; init; }

    [Id(1)] public required string Version { get; init; }

    [Id(2)] public required int Step { get; init; }

    [Id(3)] public required string Status { get; init; }

    [Id(4)] public required DateTimeOffset EnteredAt { get; init; }

    /// <summary>`timer` or `event` while waiting; null when not.</summary>
    [Id(5)] public string? Waiting { get; init; }

    [Id(6)] public DateTimeOffset? WaitUntil { get; init; }

    [Id(7)] public string? WaitingFor { get; init; }

    [Id(8)] public bool InHoldout { get; init; }
}
