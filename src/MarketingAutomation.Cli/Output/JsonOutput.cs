using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MarketingAutomation.Cli.Output;

/// <summary>Writes one indented JSON document to a text writer, for the json and sarif formats.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // The output is read by tools and people, never embedded in HTML, so quotes, '<' and
        // non-ASCII letters can stay as they are instead of becoming \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Writes `"name": { "line": 3, "column": 5 }`.</summary>
    public static void WritePosition(this Utf8JsonWriter writer, string name, int line, int column)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("line", line);
        writer.WriteNumber("column", column);
        writer.WriteEndObject();
    }
}
