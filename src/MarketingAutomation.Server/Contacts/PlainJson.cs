using System.Collections;
using System.Text.Json;
using MarketingAutomation.Hosting.Input;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Server.Contacts;

/// <summary>
/// Plain values (see <see cref="FieldInfo"/>) as JSON, in the form the API and input files take
/// them: numbers as numbers, dates and durations as their text, lists as arrays. Read back with
/// the Hosting input readers, so what the server stores is what it accepts.
/// </summary>
public static class PlainJson
{
    public static string Object(IEnumerable<KeyValuePair<string, object?>> values) => JsonBuilder.Write(values, static (writer, values) =>
    {
        writer.WriteStartObject();
        foreach (var (name, value) in values)
        {
            writer.WritePropertyName(name);
            Write(writer, value);
        }

        writer.WriteEndObject();
    });

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(PlainText.Of(value));
                break;
        }
    }

    /// <summary>The profile's declared fields as plain values, by name.</summary>
    public static Dictionary<string, object?> Profile(JourneyCatalog catalog, ContactProfile profile) =>
        catalog.ContactFields.ToDictionary(f => f.Name, f => catalog.ReadField(profile, f.Name), StringComparer.Ordinal);

    /// <summary>Declared fields read back from a JSON object; fields it lacks or whose value no longer fits are left out.</summary>
    public static Dictionary<string, object?> ReadFields(JsonElement json, IReadOnlyList<FieldInfo> fields)
    {
        var values = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        foreach (var property in json.EnumerateObject())
        {
            if (FieldSetReader.IndexOf(fields, property) is { } index
                && JsonPlainValues.TryConvert(property.Value, fields[index], fields[index].Name, out var value, out _))
            {
                values[fields[index].Name] = value;
            }
        }

        return values;
    }

    /// <summary>A value without a declaration (a send's `with` value): text, number, bool, list or null.</summary>
    public static object? Loose(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Number => json.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => json.EnumerateArray().Select(Loose).ToArray(),
        JsonValueKind.Object => json.GetRawText(),
        _ => null,
    };
}
