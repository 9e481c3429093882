using System.Collections.Concurrent;

namespace MarketingAutomation.Language.Liquid;

/// <summary>
/// Parsed templates by text, shared by every binding in the process. An editor binds the whole
/// workspace on every keystroke while its templates rarely change between two, and parsing them
/// was a third of the binding. Parsing depends on nothing but the text and its result is never
/// changed, so a cached result is as good as a new one. Bounded by the characters it holds: past
/// the limit it starts over, so texts of long ago do not pile up.
/// </summary>
internal static class LiquidCache
{
    private const long MaxCharacters = 8 * 1024 * 1024;

    private static Cache current = new();

    public static LiquidTemplate Parse(string text)
    {
        var cache = current;
        if (cache.Templates.TryGetValue(text, out var parsed))
        {
            return parsed;
        }

        parsed = LiquidParser.Parse(text);
        if (Interlocked.Add(ref cache.Characters, text.Length) > MaxCharacters)
        {
            current = new Cache();
        }
        else
        {
            cache.Templates.TryAdd(text, parsed);
        }

        return parsed;
    }

    private sealed class Cache
    {
        public readonly ConcurrentDictionary<string, LiquidTemplate> Templates = new(StringComparer.Ordinal);

        public long Characters;
    }
}
