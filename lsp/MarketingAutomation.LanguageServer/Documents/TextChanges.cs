using System.Text;
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

        return new StringBuilder(text.Length - (end - start) + change.Text.Length)
            .Append(text, 0, start)
            .Append(change.Text)
            .Append(text, end, text.Length - end)
            .ToString();
    }
}
