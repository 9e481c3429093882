namespace MarketingAutomation.Language.Text;

/// <summary>
/// The text of one file and where its lines start, so spans can be shown as line and column.
/// </summary>
public sealed class SourceText
{
    private readonly int[] lineStarts;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The path the text was read from, as the user named it (used in messages).</summary>
    public string Path { get; }

    public string Text { get; }

    public int LineCount => lineStarts.Length;

    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line, offset - lineStarts[line]);
    }

    public int GetOffset(LinePosition position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= lineStarts.Length)
        {
            return Text.Length;
        }

        var start = lineStarts[position.Line];
        return Math.Min(start + Math.Max(0, position.Character), GetLineEnd(position.Line));
    }

    /// <summary>The text of a zero-based line without its line break.</summary>
    public string GetLineText(int line)
    {
        if (line < 0 || line >= lineStarts.Length)
        {
            return string.Empty;
        }

        var start = lineStarts[line];
        return Text[start..GetLineEnd(line)];
    }

    private int GetLineEnd(int line)
    {
        var end = line + 1 < lineStarts.Length ? lineStarts[line + 1] : Text.Length;
        while (end > lineStarts[line] && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
