using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace MarketingAutomation.Hosting.Input;

/// <summary>
/// One raw line as a JSON object, or the reason it is not one. Blank lines and `//` comment lines
/// give neither (they are skipped without a word).
/// </summary>
public static partial class JsonLineParser
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    /// <summary>The document (the caller disposes it), a problem, or both null for a line to skip.</summary>
    public static (JsonDocument? Document, string? Problem) Parse(RawLine line)
    {
        if (line.TooLong)
        {
            return (null, $"the line is longer than {LineSplitter.MaxLineBytes / (1024 * 1024)} MB: one JSON object per line, please");
        }

        var bytes = line.Bytes.AsSpan();
        var text = bytes.TrimStart(" \t"u8);
        if (text.IsEmpty || text.StartsWith("//"u8))
        {
            return (null, null);
        }

        if (!Utf8.IsValid(bytes))
        {
            return (null, $"the line is not valid UTF-8 text (at byte {FirstInvalidByte(bytes) + 1}): save the file as UTF-8");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line.Bytes, Options);
        }
        catch (JsonException e)
        {
            var at = e.BytePositionInLine is { } position ? $" at column {Encoding.UTF8.GetCharCount(bytes[..(int)Math.Min(position, bytes.Length)]) + 1}" : string.Empty;
            return (null, $"bad JSON{at}: {WithoutPosition(e.Message)}");
        }

        var problem = document.RootElement.ValueKind != JsonValueKind.Object
            ? $"expected a JSON object {{...}} on each line, got {JsonText.Describe(document.RootElement)}"
            : RepeatedProperty(document.RootElement) is { } name ? $"the property {JsonText.Quote(name)} is given twice in one object" : null;
        if (problem is not null)
        {
            document.Dispose();
            return (null, problem);
        }

        return (document, null);
    }

    /// <summary>
    /// A property named twice in one object, at any depth. JSON readers silently keep one of
    /// them; which one a marketer meant is theirs to say.
    /// </summary>
    private static string? RepeatedProperty(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            return value.EnumerateArray().Select(RepeatedProperty).FirstOrDefault(name => name is not null);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (!names.Add(property.Name))
            {
                return property.Name;
            }

            if (RepeatedProperty(property.Value) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
        return read;
    }

    // System.Text.Json ends its messages with "LineNumber: 0 | BytePositionInLine: 7."; we give the column ourselves.
    private static string WithoutPosition(string message) => PositionSuffix().Replace(message, string.Empty).Trim();

    [GeneratedRegex(@"\s*(Path: \S*\s*\|\s*)?LineNumber:.*$", RegexOptions.Singleline)]
    private static partial Regex PositionSuffix();
}
