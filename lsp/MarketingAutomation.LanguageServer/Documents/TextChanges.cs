using MarketingAutomation.Language.Text;
using MarketingAutomation.LanguageServer.Protocol;

namespace MarketingAutomation.LanguageServer.Documents;

/// <summary>Applies the edits of a didChange to a document's text, in the order the client sent them.</summary>
internal static class TextChanges
{
    public static string Apply(string text, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        foreach (var change in changes)
        {
            text = Apply(text, change);
        }

        return text;
    }

    /// <summary>
    /// One edit. Positions count UTF-16 code units, as C# strings do; a character past the end of
    /// its line means the end of that line and a line past the end means the end of the text,
    /// as the protocol says, so a confused client cannot push an edit out of bounds.
    /// </summary>
    public static string Apply(string text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is not { } range)
        {
            return change.Text;
        }

        var source = new SourceText(string.Empty, text);
        var start = source.GetOffset(new LinePosition(range.Start.Line, range.Start.Character));
        var end = source.GetOffset(new LinePosition(range.End.Line, range.End.Character));
        if (end < start)
        {
            (start, end) = (end, start);
        }

        // One allocation, the new text: a StringBuilder first made a buffer as large, and in a
        // 2,000-line file both went to the large object heap on every keystroke.
        return string.Concat(text.AsSpan(0, start), change.Text, text.AsSpan(end));
    }
}
