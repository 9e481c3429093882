using System.Text.Json;
using System.Text.Json.Serialization;

namespace MarketingAutomation.LanguageServer.Hosting;

/// <summary>How protocol records look on the wire.</summary>
internal static class ProtocolJson
{
    /// <summary>
    /// camelCase names, and nulls left out: LSP clients read a present-but-null property as a
    /// value (VS Code's client rejects `"command": null` in a code action, for instance).
    /// </summary>
    public static JsonSerializerOptions CreateOptions() => new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
    };
}
