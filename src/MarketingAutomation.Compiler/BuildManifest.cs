using System.Text.Json;
using System.Text.Json.Serialization;

namespace MarketingAutomation.Compiler;

/// <summary>What a build contains, for hosts and deploy tools: written beside the assembly as manifest.json.</summary>
public sealed record BuildManifest(string Assembly, string AssemblyVersion, string ContentHash, IReadOnlyList<ManifestJourney> Journeys)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Options) + "\n";
}

/// <summary>One journey: its version (derived from its source and what it uses) and its trigger.</summary>
public sealed record ManifestJourney(string Name, string Version, string Class, Runtime.TriggerKind Trigger, string? TriggerSubject, string TriggerDescription);
