using System.Globalization;

namespace MarketingAutomation.Language.Syntax;

/// <summary>
/// Maps a position in a string literal's decoded value back to the script, so a name read from
/// inline Liquid (`{{ contact.first_name }}`) can be pinned to its exact characters even when
/// the literal holds escapes such as `\"`. Mirrors <see cref="SyntaxTreeBuilder.Unescape"/>.
/// </summary>
internal static class StringLiteralOffsets
{
    /// <summary>The source offset of each decoded character, plus one entry for the end of the value.</summary>
    public static int[] Map(StringLiteralSyntax literal)
    {
        var quoted = literal.Text;
        var body = quoted.Length >= 2 ? quoted[1..^1] : string.Empty;
        var bodyStart = literal.Span.Start + 1;
        var offsets = new List<int>(body.Length + 1);
        for (var i = 0; i < body.Length; i++)
        {
            offsets.Add(bodyStart + i);
            if (body[i] != '\\' || i + 1 >= body.Length)
            {
                continue;
            }

            i++;
            if (body[i] == 'u' && i + 4 < body.Length && int.TryParse(body.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _))
            {
                i += 4;
            }
        }

        offsets.Add(bodyStart + body.Length);
        return offsets.ToArray();
    }
}
