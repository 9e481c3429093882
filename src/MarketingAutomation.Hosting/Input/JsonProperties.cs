using System.Text.Json;

namespace MarketingAutomation.Hosting.Input;

/// <summary>The few fixed properties of input lines (`id`, `at`, `contact`, `event`), read with messages that say what was expected.</summary>
public static class JsonProperties
{
    /// <summary>A required, non-empty text property.</summary>
    public static bool TryText(JsonElement line, string name, string example, out string value, out string? error)
    {
        value = string.Empty;
        error = null;
        if (!line.TryGetProperty(name, out var json))
        {
            error = $"missing \"{name}\", such as \"{name}\": {example}";
        }
        else if (json.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(json.GetString()))
        {
            error = $"{name}: expected non-empty text such as {example}, got {JsonText.Describe(json)}";
        }
        else
        {
            value = json.GetString() ?? string.Empty;
        }

        return error is null;
    }

    /// <summary>A moment property; <paramref name="value"/> is null when the property is absent and <paramref name="required"/> is false.</summary>
    public static bool TryMoment(JsonElement line, string name, bool required, out DateTimeOffset? value, out string? error)
    {
        value = null;
        error = null;
        if (!line.TryGetProperty(name, out var json))
        {
            error = required ? $"missing \"{name}\", such as \"{name}\": {MomentText.Example}" : null;
        }
        else if (json.ValueKind == JsonValueKind.String && MomentText.TryParse(json.GetString() ?? string.Empty, out var moment))
        {
            value = moment;
        }
        else
        {
            error = $"{name}: expected a datetime with an offset such as {MomentText.Example}, got {JsonText.Describe(json)}";
        }

        return error is null;
    }
}
