using System.Globalization;
using System.Text.Json;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Hosting.Input;

/// <summary>
/// JSON values as the runtime's plain values (see <see cref="FieldInfo"/>), checked against the
/// field's declaration. Each failure is a message that names the field, what it expects and what
/// it got, ready to print after `file:line:`.
/// </summary>
public static class JsonPlainValues
{
    /// <summary>Converts <paramref name="json"/> for <paramref name="field"/>; on failure returns false with <paramref name="error"/> set.</summary>
    /// <param name="label">How the field is named in messages, such as `first_name` or `data.total`.</param>
    public static bool TryConvert(JsonElement json, FieldInfo field, string label, out object? value, out string? error)
    {
        value = null;
        error = null;
        if (json.ValueKind == JsonValueKind.Null)
        {
            if (!field.Optional)
            {
                error = $"{label}: null is only allowed for optional fields (declared with `?`); expected {Expected(field)}";
            }

            return error is null;
        }

        value = field.Kind switch
        {
            FieldKind.Text or FieldKind.Phone => Text(json),
            FieldKind.Email => Email(json),
            FieldKind.TimeZone => Zone(json),
            FieldKind.Number or FieldKind.Money => json.ValueKind == JsonValueKind.Number && json.TryGetDecimal(out var number) ? number : null,
            FieldKind.Bool => json.ValueKind is JsonValueKind.True or JsonValueKind.False ? json.GetBoolean() : null,
            FieldKind.Date => Text(json) is { } d && DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            FieldKind.DateTime => Text(json) is { } m && MomentText.TryParse(m, out var moment) ? moment : null,
            FieldKind.Time => Text(json) is { } t && TimeOnly.TryParseExact(t, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null,
            FieldKind.Duration => Text(json) is { } s && DurationText.TryParse(s, out var duration) ? duration : null,
            FieldKind.Enum => Text(json) is { } name && field.EnumValues is { } values && values.Contains(name) ? name : null,
            FieldKind.List => List(json, field, label, out error),
            _ => null,
        };

        if (value is null && error is null)
        {
            error = $"{label}: expected {Expected(field)}, got {JsonText.Describe(json)}{Hint(json, field)}";
        }

        return error is null;
    }

    /// <summary>What a field takes, in the words of the language: `text`, `a date "yyyy-MM-dd"`, `one of en, pl, de`.</summary>
    public static string Expected(FieldInfo field) => field.Kind switch
    {
        FieldKind.Text => "text",
        FieldKind.Email => "an email address (text with @)",
        FieldKind.Phone => "a phone number (text)",
        FieldKind.TimeZone => "a time zone such as \"Europe/Warsaw\"",
        FieldKind.Number => "a number",
        FieldKind.Money => "an amount (a JSON number such as 89.90)",
        FieldKind.Bool => "true or false",
        FieldKind.Date => "a date \"yyyy-MM-dd\"",
        FieldKind.DateTime => "a datetime with an offset such as " + MomentText.Example,
        FieldKind.Time => "a time \"HH:mm\"",
        FieldKind.Duration => "a duration such as " + DurationText.Examples,
        FieldKind.Enum => "one of " + string.Join(", ", field.EnumValues ?? []),
        FieldKind.List when Element(field) is { } element => "a list of " + Expected(element),
        _ => "a list",
    };

    private static string? Text(JsonElement json) => json.ValueKind == JsonValueKind.String ? json.GetString() : null;

    private static string? Email(JsonElement json) =>
        Text(json) is { } text && text.IndexOf('@') is > 0 and var at && at < text.Length - 1 && !text.Any(char.IsWhiteSpace) ? text : null;

    // An unknown zone would quietly become UTC in the runtime and shift every local send.
    private static string? Zone(JsonElement json) =>
        Text(json) is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _) ? id : null;

    private static IReadOnlyList<object?>? List(JsonElement json, FieldInfo field, string label, out string? error)
    {
        error = null;
        if (json.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        if (Element(field) is not { } element)
        {
            error = $"{label}: a list of lists cannot be given in input files";
            return null;
        }

        var items = new List<object?>();
        foreach (var item in json.EnumerateArray())
        {
            if (!TryConvert(item, element, $"{label}[{items.Count}]", out var value, out error))
            {
                return null;
            }

            items.Add(value);
        }

        return items;
    }

    /// <summary>A list's element as a field of its own (never null: a list holds values).</summary>
    private static FieldInfo? Element(FieldInfo list) =>
        list.ElementKind is { } kind and not FieldKind.List ? new FieldInfo(list.Name, kind, Optional: false, HasDefault: false, list.EnumValues) : null;

    private static string Hint(JsonElement json, FieldInfo field) => field.Kind switch
    {
        FieldKind.Enum when Text(json) is { } typed && Suggestions.Closest(typed, field.EnumValues ?? []) is { } close => $" (did you mean \"{close}\"?)",
        FieldKind.Number or FieldKind.Money when json.ValueKind == JsonValueKind.String => " (write numbers without quotes)",
        FieldKind.Number or FieldKind.Money when json.ValueKind == JsonValueKind.Number => " (too large)",
        FieldKind.Bool when json.ValueKind == JsonValueKind.String => " (write true or false without quotes)",
        FieldKind.TimeZone when json.ValueKind == JsonValueKind.String => " (not a known time zone id)",
        _ => string.Empty,
    };
}
