using System.Text;

namespace MarketingAutomation.Language.Tests.Syntax.Incremental;

/// <summary>
/// Edits as people make them and as they go wrong: typing and deleting a character or a word,
/// pasting and cutting lines, breaking and mending brackets, strings and comments, keywords
/// typed at a line's start. The same seed gives the same edits.
/// </summary>
internal static class RandomEdits
{
    private static readonly string[] Pieces =
    [
        "x", "a", "1", " ", "  ", "\n", "\r\n", "\t", "{", "}", "(", ")", "[", "]", ",", ";", ":", ".", "..", "=", "==", "+", "-", "->",
        "\"", "\"hi\"", "\"{{ contact.first_name }}\"", "\\", "//", "// note\n", "/*", "*/", "/* c */", "3d", "50%", "09:00",
        "2026-12-01", "1.5", "contact", "event", "template", "segment", "score", "lifecycle", "policy", "connection", "journey",
        "test", "when", "send email", "wait 2d", "if", "else", "and", "or", "not", "in", "at", "expect", "goal", "entry once",
        "\njourney j {\n  when signed_up\n}\n", "\nsegment s = contact.x ==", "\ntemplate email t \"Hi\"\n", "\nevent e\n",
        "\ncontact {", "\n}\n", "\n// doc\n", "é", "\u00a0", "\ufeff", "#",
    ];

    /// <summary>Applies one random edit; returns the new text and what was done.</summary>
    public static (string Text, string Description) Apply(string text, Random random, IReadOnlyList<string> donors)
    {
        var at = random.Next(text.Length + 1);
        switch (random.Next(10))
        {
            case 0 or 1 or 2:
                var piece = Pieces[random.Next(Pieces.Length)];
                return (text.Insert(at, piece), $"insert {Show(piece)} at {at}");
            case 3 or 4:
                var length = Math.Min(text.Length - at, 1 + random.Next(random.Next(2) == 0 ? 3 : 40));
                return (text.Remove(at, length), $"delete {length} at {at}");
            case 5:
                var replaced = Math.Min(text.Length - at, random.Next(6));
                var with = Pieces[random.Next(Pieces.Length)];
                return (text.Remove(at, replaced).Insert(at, with), $"replace {replaced} at {at} with {Show(with)}");
            case 6:
                var (start, end) = LineAround(text, at);
                return (text.Remove(start, end - start), $"cut line [{start}..{end})");
            case 7:
                var donor = donors[random.Next(donors.Count)];
                var lines = donor.Split('\n');
                var first = random.Next(lines.Length);
                var pasted = string.Join('\n', lines.Skip(first).Take(1 + random.Next(6))) + "\n";
                var lineStart = LineAround(text, at).Start;
                return (text.Insert(lineStart, pasted), $"paste {Show(pasted)} at {lineStart}");
            case 8:
                var keyword = new[] { "journey", "segment", "template", "event", "contact", "test" }[random.Next(6)];
                var start8 = LineAround(text, at).Start;
                return (text.Insert(start8, keyword + " "), $"keyword {keyword} at line start {start8}");
            default:
                var (s, e) = LineAround(text, at);
                return (text.Insert(e, "\n" + text[s..e]), $"duplicate line [{s}..{e})");
        }
    }

    /// <summary>Typing a word one character at a time, or deleting one backwards: many tiny edits in one place.</summary>
    public static IEnumerable<(string Text, string Description)> Typing(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        if (random.Next(2) == 0)
        {
            var word = Pieces[random.Next(Pieces.Length)];
            for (var i = 0; i < word.Length; i++)
            {
                text = text.Insert(at + i, word[i].ToString());
                yield return (text, $"type {Show(word[i].ToString())} at {at + i}");
            }
        }
        else
        {
            for (var i = 0; i < 1 + random.Next(8) && at > 0; i++)
            {
                at--;
                text = text.Remove(at, 1);
                yield return (text, $"backspace at {at}");
            }
        }
    }

    private static (int Start, int End) LineAround(string text, int at)
    {
        var start = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var end = text.IndexOf('\n', at);
        return (start, end < 0 ? text.Length : end);
    }

    private static string Show(string text) =>
        "\"" + new StringBuilder(text).Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t") + "\"";
}
