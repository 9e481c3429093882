using MarketingAutomation.LanguageServer.Documents;
using MarketingAutomation.LanguageServer.Protocol;
using Range = MarketingAutomation.LanguageServer.Protocol.Range;

namespace MarketingAutomation.LanguageServer.Tests.Documents;

public sealed class TextChangesTests
{
    private static TextDocumentContentChangeEvent Edit(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new(new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter)), null, text);

    [Fact]
    public void Inserts_replaces_and_deletes_within_and_across_lines()
    {
        var text = "journey a {\n  wait 2d\n}\n";
        text = TextChanges.Apply(text, [Edit(1, 7, 1, 9, "3h")]);
        Assert.Equal("journey a {\n  wait 3h\n}\n", text);
        text = TextChanges.Apply(text, [Edit(1, 0, 1, 0, "  exit\n")]);
        Assert.Equal("journey a {\n  exit\n  wait 3h\n}\n", text);
        text = TextChanges.Apply(text, [Edit(0, 11, 2, 9, string.Empty)]);
        Assert.Equal("journey a {\n}\n", text);
    }

    [Fact]
    public void Applies_several_changes_in_order_each_against_the_text_the_previous_left()
    {
        var text = TextChanges.Apply("ab", [Edit(0, 2, 0, 2, "c"), Edit(0, 3, 0, 3, "d"), Edit(0, 0, 0, 1, string.Empty)]);
        Assert.Equal("bcd", text);
    }

    [Fact]
    public void Counts_characters_in_utf16_code_units_as_the_protocol_does()
    {
        // ☕ is one UTF-16 unit, 😀 is a surrogate pair: two units.
        var text = "\"☕😀x\"";
        Assert.Equal("\"☕😀y\"", TextChanges.Apply(text, [Edit(0, 4, 0, 5, "y")]));
        Assert.Equal("\"☕x\"", TextChanges.Apply(text, [Edit(0, 2, 0, 4, string.Empty)]));
    }

    [Fact]
    public void Understands_every_kind_of_line_break()
    {
        Assert.Equal("a\r\nX\rc\nd", TextChanges.Apply("a\r\nb\rc\nd", [Edit(1, 0, 1, 1, "X")]));
        Assert.Equal("a\r\nb\rc\nX", TextChanges.Apply("a\r\nb\rc\nd", [Edit(3, 0, 3, 1, "X")]));
    }

    [Fact]
    public void Clamps_positions_past_the_end_of_a_line_or_of_the_text()
    {
        Assert.Equal("ab!\ncd", TextChanges.Apply("ab\ncd", [Edit(0, 99, 0, 99, "!")]));
        Assert.Equal("ab\ncd!", TextChanges.Apply("ab\ncd", [Edit(7, 0, 9, 0, "!")]));
        Assert.Equal("ab\ncd", TextChanges.Apply("ab\ncd", [Edit(0, 5, 0, 2, string.Empty)]));
    }

    [Fact]
    public void A_change_without_a_range_replaces_the_whole_text()
    {
        Assert.Equal("new", TextChanges.Apply("old text", [new TextDocumentContentChangeEvent(null, null, "new")]));
    }

    [Fact]
    public void The_store_keeps_the_editors_text_and_version_until_the_document_closes()
    {
        var store = new DocumentStore();
        var uri = new Uri(Path.Combine(Path.GetTempPath(), "a.journey")).AbsoluteUri;
        store.Open(new TextDocumentItem(uri, "journey", 1, "connection crm\n"));
        var changed = store.Change(new VersionedTextDocumentIdentifier(uri, 2), [Edit(0, 11, 0, 14, "shop")]);
        Assert.NotNull(changed);
        Assert.Equal("connection shop\n", changed.Text);
        Assert.Equal(2, changed.Version);
        Assert.Equal(uri, changed.Uri);
        Assert.Same(changed, store.Find(DocumentUri.ToPath(uri)));

        Assert.NotNull(store.Close(uri));
        Assert.Null(store.Find(DocumentUri.ToPath(uri)));
        Assert.Null(store.Change(new VersionedTextDocumentIdentifier(uri, 3), [Edit(0, 0, 0, 0, "x")]));
    }
}
