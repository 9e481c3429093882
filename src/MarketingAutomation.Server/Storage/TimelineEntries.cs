using System.Globalization;
using System.Text.Json;

namespace MarketingAutomation.Server.Storage;

/// <summary>
/// How the timeline rows of one write are kept: as one stored row whose text is a JSON array of
/// entries, each entry a positional array <c>[at, journey, kind, channel, name, detail, amount,
/// text, file, line, key]</c> (amount as a string, so money keeps its exact decimal value). A
/// stimulus usually makes several rows; storing them as one row costs the writer one insert and
/// one index entry instead of one of each per row. The positions are also what the statistics'
/// SQL reads (<c>json_extract(entry, '$[2]')</c> is the kind).
/// </summary>
internal static class TimelineEntries
{
    public static Utf8Text Encode(IReadOnlyList<TimelineRow> rows) => new(JsonBuilder.WriteUtf8(rows, static (writer, rows) =>
    {
        writer.WriteStartArray();
        foreach (var row in rows)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(Moments.ToStored(row.At));
            WriteText(writer, row.Journey);
            writer.WriteStringValue(row.Kind);
            WriteText(writer, row.Channel);
            WriteText(writer, row.Name);
            WriteText(writer, row.Detail);
            WriteText(writer, row.Amount?.ToString(CultureInfo.InvariantCulture));
            writer.WriteStringValue(row.Text);
            WriteText(writer, row.File);
            if (row.Line is { } line)
            {
                writer.WriteNumberValue(line);
            }
            else
            {
                writer.WriteNullValue();
            }

            WriteText(writer, row.Key);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }));

    public static List<TimelineRow> Decode(string entries)
    {
        using var document = JsonDocument.Parse(entries);
        var rows = new List<TimelineRow>(document.RootElement.GetArrayLength());
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            rows.Add(new TimelineRow(
                Moments.FromStored(entry[0].GetInt64()),
                TextOrNull(entry[1]),
                entry[2].GetString() ?? string.Empty,
                TextOrNull(entry[3]),
                TextOrNull(entry[4]),
                TextOrNull(entry[5]),
                TextOrNull(entry[6]) is { } amount ? decimal.Parse(amount, CultureInfo.InvariantCulture) : null,
                entry[7].GetString() ?? string.Empty,
                TextOrNull(entry[8]),
                entry[9].ValueKind == JsonValueKind.Null ? null : entry[9].GetInt32(),
                TextOrNull(entry[10])));
        }

        return rows;
    }

    private static void WriteText(Utf8JsonWriter writer, string? text)
    {
        if (text is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(text);
        }
    }

    private static string? TextOrNull(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetString();
}
