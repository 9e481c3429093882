using System.Text.Json;
using MarketingAutomation.Hosting.Input;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Server.Grains;

namespace MarketingAutomation.Server.Ingest;

/// <summary>
/// One event of `POST /v1/events`: `{"id", "contact", "event", "at"?, "data"?}`. Checked against
/// the deployed schema with the Hosting input readers, so the API and `ma run` files accept and
/// refuse exactly the same things, with the same messages.
/// </summary>
public sealed class ApiEventReader(InputSchema schema)
{
    private static readonly string[] Properties = ["id", "contact", "event", "at", "data"];

    /// <summary>Read-only and never disposed, so it is safe to share between requests.</summary>
    private static readonly JsonDocument EmptyObject = JsonDocument.Parse("{}");

    /// <summary>Ids are keys in the store and in URLs: bounded, and free of control characters.</summary>
    public const int MaxIdLength = 256;

    public (ContactEvent? Event, string? Problem) Read(JsonElement item, DateTimeOffset now)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return (null, $"expected an event object {{\"id\", \"contact\", \"event\", ...}}, got {JsonText.Describe(item)}");
        }

        foreach (var property in item.EnumerateObject())
        {
            if (!IsKnown(property))
            {
                var close = Suggestions.Closest(property.Name, Properties);
                return (null, $"unknown property {JsonText.Quote(property.Name)}" + (close is null ? $" (an event has {string.Join(", ", Properties)})" : $" (did you mean \"{close}\"?)"));
            }
        }

        if (!JsonProperties.TryText(item, "id", "\"evt-1001\"", out var id, out var error)
            || !JsonProperties.TryText(item, "contact", "\"ala\"", out var contact, out error)
            || !JsonProperties.TryText(item, "event", "\"signed_up\"", out var name, out error)
            || !JsonProperties.TryMoment(item, "at", required: false, out var at, out error))
        {
            return (null, error);
        }

        if (TooLongOrControl(id) || TooLongOrControl(contact))
        {
            return (null, $"{(TooLongOrControl(id) ? "id" : "contact")}: expected 1 to {MaxIdLength} printable characters");
        }

        if (!schema.EventFields.TryGetValue(name, out var fields))
        {
            var close = Suggestions.Closest(name, schema.EventFields.Keys);
            return (null, $"unknown event {JsonText.Quote(name)}" + (close is null ? " (not declared in the deployed workspace, nor built in)" : $" (did you mean \"{close}\"?)"));
        }

        var data = item.TryGetProperty("data", out var given) ? given : default;
        if (data.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined))
        {
            return (null, $"data: expected an object with the fields of {name}, got {JsonText.Describe(data)}");
        }

        // The element is checked where it lies in the request's document; only an absent `data` needs one of its own.
        var json = data.ValueKind == JsonValueKind.Object ? data.GetRawText() : "{}";
        if (!FieldSetReader.TryCheck(data.ValueKind == JsonValueKind.Object ? data : EmptyObject.RootElement, fields, FieldOwner.Event(name), "data.", requireAll: true, out error))
        {
            return (null, error);
        }

        return (new ContactEvent(contact, new IncomingEvent { Id = id, Name = name, At = at ?? now, DataJson = json }), null);
    }

    /// <summary>Compared in the JSON's bytes: a property's name becomes a string only for a message.</summary>
    private static bool IsKnown(JsonProperty property)
    {
        foreach (var known in Properties)
        {
            if (property.NameEquals(known))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TooLongOrControl(string id)
    {
        if (id.Length > MaxIdLength)
        {
            return true;
        }

        // A loop, not LINQ: it runs twice for every event taken in.
        foreach (var c in id)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }
}
