namespace MarketingAutomation.LanguageServer.Tests.Infrastructure;

/// <summary>Text with the cursor marked as `$$`, turned into the text and the LSP position of the mark.</summary>
internal static class Cursor
{
    public const string Mark = "$$";

    public static (string Text, LspPosition Position) Parse(string marked)
    {
        var offset = marked.IndexOf(Mark, StringComparison.Ordinal);
        if (offset < 0)
        {
            throw new ArgumentException("No $$ cursor mark in the text.", nameof(marked));
        }

        var text = marked.Remove(offset, Mark.Length);
        return (text, PositionOf(text, offset));
    }

    /// <summary>The position of the first occurrence of <paramref name="find"/> plus <paramref name="delta"/> characters.</summary>
    public static LspPosition Find(string text, string find, int delta = 0)
    {
        var offset = text.IndexOf(find, StringComparison.Ordinal);
        if (offset < 0)
        {
            throw new ArgumentException($"'{find}' is not in the text.", nameof(find));
        }

        return PositionOf(text, offset + delta);
    }

    public static LspPosition PositionOf(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new LspPosition(line, offset - lineStart);
    }

    public static LspPosition End(string text) => PositionOf(text, text.Length);
}

/// <summary>A position as the client sends it.</summary>
internal sealed record LspPosition(int Line, int Character);
