using System.Text.Json;

namespace MarketingAutomation.Hosting.Input;

/// <summary>
/// A contacts file: one contact per line, `{"id": "ala", "email": "ala@example.com", ...}`, with an
/// optional `"at"` (when the contact becomes known). Every other property is a contact field; the
/// contact's required fields must be given. Ids are unique within the file.
/// </summary>
public sealed class ContactsFileReader(InputSchema schema)
{
    private static readonly IReadOnlySet<string> LineProperties = new HashSet<string>(StringComparer.Ordinal) { "id", "at" };

    /// <summary>The line where each accepted id was first read.</summary>
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

    public IEnumerable<LineResult<ContactRecord>> Read(string displayPath, Stream stream) =>
        JsonLinesFile.Read<ContactRecord>(displayPath, stream, ReadLine);

    private (ContactRecord?, string?) ReadLine(int line, JsonElement json)
    {
        if (!JsonProperties.TryText(json, "id", "\"ala\"", out var id, out var error)
            || !JsonProperties.TryMoment(json, "at", required: false, out var at, out error))
        {
            return (null, error);
        }

        if (seen.TryGetValue(id, out var first))
        {
            return (null, $"duplicate contact id \"{id}\" (first on line {first})");
        }

        if (!FieldSetReader.TryRead(json, schema.ContactFields, FieldOwner.Contact, string.Empty, LineProperties, requireAll: true, out var fields, out error))
        {
            return (null, error);
        }

        seen[id] = line;
        return (new ContactRecord(line, id, at, fields), null);
    }
}
