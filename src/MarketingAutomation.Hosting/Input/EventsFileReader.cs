using System.Globalization;
using System.Text.Json;
using MarketingAutomation.Language.Binding;

namespace MarketingAutomation.Hosting.Input;

/// <summary>
/// An events file, one line per moment, in time order:
/// `{"at": "...", "contact": "ala", "event": "signed_up", "data": {"source": "web"}}` for an event, or
/// `{"at": "...", "contact": "ala", "set": {"marketing_consent": false}}` for a profile change.
/// </summary>
public sealed class EventsFileReader(InputSchema schema)
{
    private static readonly string[] LineProperties = ["at", "contact", "event", "data", "set"];

    // Missing `data` reads as an empty object, so the required-field check still runs.
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;

    /// <summary>The last accepted line: the next one may not be earlier.</summary>
    private (DateTimeOffset At, int Line)? previous;

    public IEnumerable<LineResult<EventRecord>> Read(string displayPath, Stream stream) =>
        JsonLinesFile.Read<EventRecord>(displayPath, stream, ReadLine);

    private (EventRecord?, string?) ReadLine(int line, JsonElement json)
    {
        if (UnknownProperty(json) is { } unknown)
        {
            return (null, unknown);
        }

        if (!JsonProperties.TryMoment(json, "at", required: true, out var moment, out var error)
            || !JsonProperties.TryText(json, "contact", "\"ala\"", out var contact, out error))
        {
            return (null, error);
        }

        var at = moment ?? default;
        if (previous is { } last && at < last.At)
        {
            return (null, $"at {Show(at)} is earlier than line {last.Line} ({Show(last.At)}): lines must be in time order");
        }

        var hasEvent = json.TryGetProperty("event", out var eventJson);
        var hasSet = json.TryGetProperty("set", out var setJson);
        var (record, problem) = (hasEvent, hasSet) switch
        {
            (true, true) => (null, "a line is either an event (\"event\" with \"data\") or a profile change (\"set\"), not both"),
            (false, false) => (null, "expected \"event\" (with its \"data\") or \"set\" (a profile change)"),
            (true, false) => ReadEvent(line, at, contact, eventJson, json),
            _ => ReadSet(line, at, contact, setJson, json),
        };

        if (record is not null)
        {
            previous = (at, line);
        }

        return (record, problem);
    }

    private (EventRecord?, string?) ReadEvent(int line, DateTimeOffset at, string contact, JsonElement eventJson, JsonElement json)
    {
        var name = eventJson.ValueKind == JsonValueKind.String ? eventJson.GetString() ?? string.Empty : string.Empty;
        if (name.Length == 0)
        {
            return (null, $"event: expected an event name such as \"signed_up\", got {JsonText.Describe(eventJson)}");
        }

        if (!schema.EventFields.TryGetValue(name, out var fields))
        {
            var close = Suggestions.Closest(name, schema.EventFields.Keys);
            return (null, $"unknown event {JsonText.Quote(name)}" + (close is null ? " (not declared in the workspace, nor built in)" : $" (did you mean \"{close}\"?)"));
        }

        var data = json.TryGetProperty("data", out var dataJson) ? dataJson : EmptyObject;
        if (data.ValueKind != JsonValueKind.Object)
        {
            return (null, $"data: expected an object with the fields of {name}, got {JsonText.Describe(data)}");
        }

        return FieldSetReader.TryRead(data, fields, FieldOwner.Event(name), "data.", FieldSetReader.NoReserved, requireAll: true, out var values, out var error)
            ? (new EventRecord(line, at, contact, name, values), null)
            : (null, error);
    }

    private (EventRecord?, string?) ReadSet(int line, DateTimeOffset at, string contact, JsonElement set, JsonElement json)
    {
        if (json.TryGetProperty("data", out _))
        {
            return (null, "\"data\" belongs to an event; a profile change lists its fields in \"set\"");
        }

        if (set.ValueKind != JsonValueKind.Object || !set.EnumerateObject().Any())
        {
            return (null, $"set: expected an object with at least one contact field, such as {{\"marketing_consent\": false}}, got {JsonText.Describe(set)}");
        }

        return FieldSetReader.TryRead(set, schema.ContactFields, FieldOwner.Contact, "set.", FieldSetReader.NoReserved, requireAll: false, out var values, out var error)
            ? (new EventRecord(line, at, contact, null, values), null)
            : (null, error);
    }

    private static string? UnknownProperty(JsonElement json)
    {
        foreach (var property in json.EnumerateObject())
        {
            if (!LineProperties.Contains(property.Name))
            {
                var close = Suggestions.Closest(property.Name, LineProperties);
                return $"unknown property {JsonText.Quote(property.Name)}" + (close is null
                    ? $" (a line has {string.Join(", ", LineProperties)})"
                    : $" (did you mean \"{close}\"?)");
            }
        }

        return null;
    }

    private static string Show(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
