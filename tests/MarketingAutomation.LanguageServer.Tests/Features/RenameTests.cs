using System.Text.Json;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Tests.Features;

public sealed class RenameTests
{
    [Fact]
    public async Task Prepare_rename_gives_the_name_range_and_placeholder()
    {
        await using var f = await FeatureSession.OpenExistingAsync("welcome.journey", "contact in app_users", 13);
        var prepared = await f.AtCursorAsync("textDocument/prepareRename");
        Assert.Equal("app_users", prepared.GetProperty("placeholder").GetString());
        Assert.Equal("app_users", FeatureSession.TextOf(f.Text, prepared.GetProperty("range")));
    }

    [Fact]
    public async Task Prepare_rename_on_a_keyword_or_built_in_is_null()
    {
        await using var f = await FeatureSession.OpenExistingAsync("welcome.journey", "email.opened", 8);
        Assert.Equal(JsonValueKind.Null, (await f.AtCursorAsync("textDocument/prepareRename")).ValueKind);
    }

    [Fact]
    public async Task Rename_edits_the_declaration_and_every_use_in_every_file()
    {
        await using var f = await FeatureSession.OpenExistingAsync("welcome.journey", "contact in app_users", 13);
        var edit = await f.AtCursorAsync("textDocument/rename", new { newName = "mobile_users" });
        var changes = edit.GetProperty("changes");
        var files = changes.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(files, u => u.EndsWith("/audience.journey", StringComparison.Ordinal));
        Assert.Contains(f.Uri, files);
        foreach (var file in changes.EnumerateObject())
        {
            var text = file.Name == f.Uri ? f.Text : File.ReadAllText(new Uri(file.Name).LocalPath);
            Assert.All(file.Value.EnumerateArray(), e =>
            {
                Assert.Equal("mobile_users", e.GetProperty("newText").GetString());
                Assert.Equal("app_users", FeatureSession.TextOf(text, e.GetProperty("range")));
            });
        }
    }

    [Theory]
    [InlineData("2fast")]
    [InlineData("with space")]
    [InlineData("when")]
    [InlineData("")]
    public async Task An_invalid_new_name_is_refused_with_a_message(string newName)
    {
        await using var f = await FeatureSession.OpenExistingAsync("welcome.journey", "contact in app_users", 13);
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => f.AtCursorAsync("textDocument/rename", new { newName }));
        Assert.Equal(-32803, error.ErrorCode);
        Assert.Contains("name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_that_is_already_taken_is_refused()
    {
        await using var f = await FeatureSession.OpenExistingAsync("welcome.journey", "contact in app_users", 13);
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => f.AtCursorAsync("textDocument/rename", new { newName = "vip" }));
        Assert.Contains("vip", error.Message, StringComparison.Ordinal);
    }
}
