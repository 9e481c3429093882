using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Hosting.Input;

/// <summary>
/// Reads the properties of a JSON object as declared fields: a contact's profile, an event's data
/// or a profile change. Unknown names get a "did you mean"; every value is converted by
/// <see cref="JsonPlainValues"/>. The first problem is the one reported: one fix at a time reads
/// better than a wall of messages about one line.
/// </summary>
public static class FieldSetReader
{
    /// <summary>For objects whose every property is a field.</summary>
    public static IReadOnlySet<string> NoReserved { get; } = new HashSet<string>();

    /// <summary>
    /// Each field list's names as UTF-8, kept while the list lives (a deployment's catalog keeps
    /// its lists): compared as text, every name was transcoded again for every property read.
    /// </summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<FieldInfo>, byte[][]> Utf8Names = new();

    /// <param name="owner">Whose fields these are, for messages: `the contact`, `event signed_up`.</param>
    /// <param name="prefix">Put before each field's name in messages, such as `data.`.</param>
    /// <param name="reserved">Properties that are not fields (a contact line's `id` and `at`): skipped.</param>
    /// <param name="requireAll">Whether every required field must be present (not for a profile change).</param>
    public static bool TryRead(
        JsonElement json,
        IReadOnlyList<FieldInfo> fields,
        FieldOwner owner,
        string prefix,
        IReadOnlySet<string> reserved,
        bool requireAll,
        out Dictionary<string, object?> values,
        out string? error)
    {
        values = new Dictionary<string, object?>(StringComparer.Ordinal);
        return Read(json, fields, owner, prefix, reserved, requireAll, values, out error);
    }

    /// <summary>
    /// Whether <see cref="TryRead(JsonElement, IReadOnlyList{FieldInfo}, FieldOwner, string, IReadOnlySet{string}, bool, out Dictionary{string, object?}, out string?)"/>
    /// would accept the object, and if not the same message, without keeping the values: the API
    /// checks every event as it arrives, and the contact's grain reads it again later.
    /// </summary>
    public static bool TryCheck(JsonElement json, IReadOnlyList<FieldInfo> fields, FieldOwner owner, string prefix, bool requireAll, out string? error) =>
        Read(json, fields, owner, prefix, NoReserved, requireAll, into: null, out error);

    /// <summary>The reading both share: the values go <paramref name="into"/> when it is given.</summary>
    private static bool Read(JsonElement json, IReadOnlyList<FieldInfo> fields, FieldOwner owner, string prefix, IReadOnlySet<string> reserved, bool requireAll, Dictionary<string, object?>? into, out string? error)
    {
        error = null;
        Span<bool> present = fields.Count <= 64 ? stackalloc bool[fields.Count] : new bool[fields.Count];
        var names = Utf8Names.GetValue(fields, EncodeNames);
        foreach (var property in json.EnumerateObject())
        {
            if (reserved.Count > 0 && reserved.Contains(property.Name))
            {
                continue;
            }

            if (IndexOf(names, property) is not { } index)
            {
                error = Unknown(property.Name, fields, owner, prefix);
                return false;
            }

            // Converted under its bare name, the prefix added only to a message: every event is
            // read this way, and a good value then costs no string for a message never shown.
            var field = fields[index];
            if (!JsonPlainValues.TryConvert(property.Value, field, field.Name, out var value, out error))
            {
                error = prefix + error;
                return false;
            }

            present[index] = true;
            if (into is not null)
            {
                into[field.Name] = value;
            }
        }

        if (requireAll && Missing(fields, present) is { } missing)
        {
            var list = string.Join(", ", missing.Select(f => prefix + f.Name));
            error = $"missing required {(missing.Count == 1 ? "field" : "fields")} of {owner}: {list}";
            return false;
        }

        return true;
    }

    /// <summary>The position of the field the property names, compared in the JSON's own bytes (no string made for the name).</summary>
    public static int? IndexOf(IReadOnlyList<FieldInfo> fields, JsonProperty property) =>
        IndexOf(Utf8Names.GetValue(fields, EncodeNames), property);

    private static int? IndexOf(byte[][] names, JsonProperty property)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (property.NameEquals(names[i]))
            {
                return i;
            }
        }

        return null;
    }

    private static byte[][] EncodeNames(IReadOnlyList<FieldInfo> fields) => [.. fields.Select(f => Encoding.UTF8.GetBytes(f.Name))];

    /// <summary>Required fields not read, or null when there are none.</summary>
    private static List<FieldInfo>? Missing(IReadOnlyList<FieldInfo> fields, ReadOnlySpan<bool> present)
    {
        List<FieldInfo>? missing = null;
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Required && !present[i])
            {
                (missing ??= []).Add(fields[i]);
            }
        }

        return missing;
    }

    private static string Unknown(string name, IReadOnlyList<FieldInfo> fields, FieldOwner owner, string prefix)
    {
        var message = $"{owner} has no field {JsonText.Quote(prefix + name)}";
        if (Suggestions.Closest(name, fields.Select(f => f.Name)) is { } close)
        {
            return message + $" (did you mean \"{prefix}{close}\"?)";
        }

        return fields.Count == 0 ? message + " (it has no fields)" : message;
    }
}

/// <summary>
/// Whose fields are read, as messages name them: `the contact`, or a kind and a name such as
/// `event signed_up`. Joined only when a message is made, not for every event read.
/// </summary>
public readonly record struct FieldOwner(string Kind, string? Name = null)
{
    public static FieldOwner Contact { get; } = new("the contact");

    public static FieldOwner Event(string name) => new("event", name);

    public override string ToString() => Name is null ? Kind : Kind + " " + Name;
}
