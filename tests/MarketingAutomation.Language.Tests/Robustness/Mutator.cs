using System.Text;
using Antlr4.Runtime;
using MarketingAutomation.Language.Syntax.Generated;

namespace MarketingAutomation.Language.Tests.Robustness;

/// <summary>
/// Breaks journey files the way editors, merges and careless hands do: tokens deleted,
/// duplicated, swapped or replaced, text cut off anywhere, stray bytes and odd Unicode pasted
/// in, pieces of other files spliced in. The same seed always gives the same mutation.
/// </summary>
internal static class Mutator
{
    private static readonly string[] Vocabulary =
    [
        "contact", "event", "template", "segment", "score", "lifecycle", "policy", "connection", "journey", "test",
        "enum", "list", "when", "where", "entry", "once", "every", "time", "goal", "within", "leave", "holdout",
        "send", "wait", "for", "up", "to", "until", "if", "else", "split", "set", "tag", "post", "emit", "expect",
        "and", "or", "not", "in", "contains", "at", "on", "max", "per", "decay", "quiet", "hours", "local",
        "{", "}", "(", ")", "[", "]", ",", ";", ":", ".", "..", "->", "+=", "-=", "==", "!=", "<=", ">=", "<", ">",
        "=", "+", "-", "*", "/", "?", "\"", "\"text\"", "3d", "50%", "09:00", "2026-12-01", "1.5", "0", "x",
        "contact.email", "event.total", "/*", "*/", "//", "\\",
    ];

    // Control characters, odd spaces, a lone surrogate, right-to-left and combining marks, emoji.
    private static readonly string[] Noise =
    [
        "\0", "\u0001", "\u001b", "\t", "\r", "\n", "\f", "\v", "\u00a0", "\ufeff", "\u200b", "\u202e", "\u0301",
        "\ud800", "\udfff", "\ud83d\ude00", "\u2028", "\uffff", "é", "ł", "Ω", "中", "#", "@", "$", "%", "^", "&",
        "|", "~", "`", "'", "!", "\"", "/*", "*/", "//", "{", "}", "(", ")",
    ];

    public static (string Text, string Description) Mutate(string text, Random random, IReadOnlyList<string> donors)
    {
        var description = new List<string>();
        var operations = 1 + random.Next(3);
        for (var i = 0; i < operations; i++)
        {
            (text, var step) = random.Next(9) switch
            {
                0 => DeleteTokens(text, random),
                1 => DuplicateTokens(text, random),
                2 => SwapTokens(text, random),
                3 => ReplaceToken(text, random),
                4 => Truncate(text, random),
                5 => InsertNoise(text, random),
                6 => Splice(text, random, donors),
                7 => DuplicateLine(text, random),
                _ => DeleteTokens(text, random),
            };
            description.Add(step);
        }

        return (text, string.Join("; ", description));
    }

    private static (string, string) DeleteTokens(string text, Random random)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return (text, "delete (no tokens)");
        }

        var first = random.Next(tokens.Count);
        var last = Math.Min(tokens.Count - 1, first + random.Next(3));
        var start = tokens[first].StartIndex;
        var end = tokens[last].StopIndex + 1;
        return (text.Remove(start, end - start), $"delete [{start}..{end})");
    }

    private static (string, string) DuplicateTokens(string text, Random random)
    {
        var tokens = Tokens(text);
        if (tokens.Count == 0)
        {
            return (text, "duplicate (no tokens)");
        }

        var first = random.Next(tokens.Count);
        var last = Math.Min(tokens.Count - 1, first + random.Next(5));
        var start = tokens[first].StartIndex;
        var end = tokens[last].StopIndex + 1;
        return (text.Insert(end, text[start..end]), $"duplicate [{start}..{end})");
    }

    private static (string, string) SwapTokens(string text, Random random)
    {
        var tokens = Tokens(text);
        if (tokens.Count < 2)
        {
            return (text, "swap (too few tokens)");
        }

        var a = tokens[random.Next(tokens.Count)];
        var b = tokens[random.Next(tokens.Count)];
        if (a.StartIndex > b.StartIndex)
        {
            (a, b) = (b, a);
        }

        if (a.StartIndex == b.StartIndex)
        {
            return (text, "swap (same token)");
        }

        var swapped = new StringBuilder(text.Length)
            .Append(text, 0, a.StartIndex)
            .Append(b.Text)
            .Append(text, a.StopIndex + 1, b.StartIndex - a.StopIndex - 1)
            .Append(a.Text)
            .Append(text, b.StopIndex + 1, text.Length - b.StopIndex - 1);
        return (swapped.ToString(), $"swap {a.StartIndex} and {b.StartIndex}");
    }

    private static (string, string) ReplaceToken(string text, Random random)
    {
        var tokens = Tokens(text);
        var word = Vocabulary[random.Next(Vocabulary.Length)];
        if (tokens.Count == 0)
        {
            return (word, "replace all");
        }

        var token = tokens[random.Next(tokens.Count)];
        return (text.Remove(token.StartIndex, token.StopIndex - token.StartIndex + 1).Insert(token.StartIndex, word), $"replace {token.StartIndex} with {word}");
    }

    private static (string, string) Truncate(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        return (text[..at], $"truncate at {at}");
    }

    private static (string, string) InsertNoise(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        var noise = new StringBuilder();
        var count = 1 + random.Next(6);
        for (var i = 0; i < count; i++)
        {
            noise.Append(random.Next(3) == 0 ? (char)random.Next(0x10000) : Noise[random.Next(Noise.Length)]);
        }

        return (text.Insert(at, noise.ToString()), $"insert {noise.Length} noise chars at {at}");
    }

    private static (string, string) Splice(string text, Random random, IReadOnlyList<string> donors)
    {
        var donor = donors[random.Next(donors.Count)];
        var from = random.Next(donor.Length + 1);
        var length = Math.Min(donor.Length - from, random.Next(300));
        var at = random.Next(text.Length + 1);
        return (text.Insert(at, donor.Substring(from, length)), $"splice {length} chars at {at}");
    }

    private static (string, string) DuplicateLine(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var index = random.Next(lines.Count);
        var copies = 1 + random.Next(3);
        lines.InsertRange(index, Enumerable.Repeat(lines[index], copies));
        return (string.Join('\n', lines), $"duplicate line {index + 1} x{copies}");
    }

    /// <summary>Every token that is not whitespace.</summary>
    private static List<IToken> Tokens(string text)
    {
        var lexer = new JourneyLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        return lexer.GetAllTokens().Where(t => t.Type != JourneyLexer.WS).ToList();
    }
}
