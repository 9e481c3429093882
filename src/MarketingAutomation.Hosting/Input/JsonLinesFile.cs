using System.Text.Json;

namespace MarketingAutomation.Hosting.Input;

/// <summary>
/// The reading loop every JSON Lines input shares: split, skip blanks and comments, parse, hand
/// each object to a line reader, and locate every problem as `file:line`. Lazy, so a strict
/// caller can stop at the first problem without reading the rest.
/// </summary>
public static class JsonLinesFile
{
    /// <param name="displayPath">The file as the user named it, for messages.</param>
    /// <param name="readObject">Turns one line's object into a record, or says what is wrong with it.</param>
    public static IEnumerable<LineResult<T>> Read<T>(string displayPath, Stream stream, Func<int, JsonElement, (T? Record, string? Problem)> readObject)
        where T : class
    {
        foreach (var raw in LineSplitter.Split(stream))
        {
            var (document, problem) = JsonLineParser.Parse(raw);
            if (problem is not null)
            {
                yield return new LineResult<T>(null, new InputProblem(displayPath, raw.Number, problem));
                continue;
            }

            if (document is null)
            {
                continue;
            }

            using (document)
            {
                var (record, error) = readObject(raw.Number, document.RootElement);
                yield return error is null && record is not null
                    ? new LineResult<T>(record, null)
                    : new LineResult<T>(null, new InputProblem(displayPath, raw.Number, error ?? "the line could not be read"));
            }
        }
    }
}
