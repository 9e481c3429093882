using System.Text.Json;

namespace MarketingAutomation.LanguageServer.Tests.Features;

public sealed class NavigationTests
{
    [Fact]
    public async Task Definition_of_a_segment_goes_to_its_declaration_in_another_file()
    {
        await using var f = await FeatureSession.OpenExistingAsync("welcome.journey", "contact in app_users", 13);
        var locations = await f.AtCursorAsync("textDocument/definition");
        var location = Assert.Single(locations.EnumerateArray());
        Assert.EndsWith("/audience.journey", location.GetProperty("uri").GetString(), StringComparison.Ordinal);
        var audience = f.Workspace.Read("audience.journey");
        Assert.Equal("app_users", FeatureSession.TextOf(audience, location.GetProperty("range")));
    }

    [Fact]
    public async Task Definition_of_a_built_in_event_is_empty()
    {
        await using var f = await FeatureSession.OpenExistingAsync("welcome.journey", "email.opened", 8);
        Assert.Equal(0, (await f.AtCursorAsync("textDocument/definition")).GetArrayLength());
    }

    [Fact]
    public async Task References_find_every_use_across_files_and_the_declaration_when_asked()
    {
        await using var f = await FeatureSession.OpenExistingAsync("welcome.journey", "template email welcome_1 ", 16);
        var with = await f.AtCursorAsync("textDocument/references", new { context = new { includeDeclaration = true } });
        var without = await f.AtCursorAsync("textDocument/references", new { context = new { includeDeclaration = false } });
        Assert.Equal(with.GetArrayLength() - 1, without.GetArrayLength());
        Assert.True(without.GetArrayLength() >= 3);
        Assert.All(with.EnumerateArray(), l => Assert.Equal("welcome_1", FeatureSession.TextOf(File.ReadAllText(new Uri(l.GetProperty("uri").GetString()!).LocalPath) is var disk && l.GetProperty("uri").GetString() == f.Uri ? f.Text : disk, l.GetProperty("range"))));
    }

    [Fact]
    public async Task Highlights_mark_the_declaration_as_write_and_uses_as_read()
    {
        await using var f = await FeatureSession.OpenExistingAsync("welcome.journey", "send email first_order_discount", 14);
        var highlights = (await f.AtCursorAsync("textDocument/documentHighlight")).EnumerateArray().ToList();
        Assert.Contains(highlights, h => h.GetProperty("kind").GetInt32() == 3);
        Assert.Contains(highlights, h => h.GetProperty("kind").GetInt32() == 2);
        Assert.All(highlights, h => Assert.Equal("first_order_discount", FeatureSession.TextOf(f.Text, h.GetProperty("range"))));
    }

    [Fact]
    public async Task Nothing_under_the_cursor_means_no_locations()
    {
        await using var f = await FeatureSession.OpenAsync("x.journey", "// just a comment$$\n");
        Assert.Equal(JsonValueKind.Array, (await f.AtCursorAsync("textDocument/references", new { context = new { includeDeclaration = true } })).ValueKind);
        Assert.Equal(0, (await f.AtCursorAsync("textDocument/documentHighlight")).GetArrayLength());
    }
}
