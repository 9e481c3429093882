using System.Text.Json;
using MarketingAutomation.LanguageServer.Tests.Infrastructure;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Tests.Server;

public sealed class ErrorIsolationTests
{
    [Fact]
    public async Task A_failing_request_answers_an_error_and_the_next_request_is_served()
    {
        using var workspace = TempWorkspace.CopyOfShop();
        await using var session = await LspSession.StartAsync(workspace.Root);
        var uri = await session.OpenAsync(workspace.PathOf("welcome.journey"));

        // A file URI whose path has a NUL in it makes path handling throw inside the handler.
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            session.AtAsync("textDocument/hover", "file:///tmp/bad%00name.journey", new LspPosition(0, 0)));
        Assert.Equal(-32603, error.ErrorCode);
        Assert.Contains("textDocument/hover", error.Message, StringComparison.Ordinal);
        Assert.Contains("textDocument/hover failed", session.ServerLog, StringComparison.Ordinal);

        var hover = await session.AtAsync("textDocument/hover", uri, Cursor.Find(workspace.Read("welcome.journey"), "send email welcome_1", 12));
        Assert.Equal(JsonValueKind.Object, hover.ValueKind);
    }

    [Fact]
    public async Task Malformed_params_and_unknown_methods_get_errors_and_leave_the_server_serving()
    {
        using var workspace = TempWorkspace.CopyOfShop();
        await using var session = await LspSession.StartAsync(workspace.Root);
        var uri = await session.OpenAsync(workspace.PathOf("welcome.journey"));

        await Assert.ThrowsAnyAsync<RemoteRpcException>(() => session.RequestAsync("textDocument/hover", new { textDocument = 42 }));
        var unknown = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => session.RequestAsync("textDocument/noSuchThing", new { }));
        Assert.NotNull(unknown);

        // A notification with nonsense in it is logged, not fatal.
        await session.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = "not a uri", version = 2 }, contentChanges = new[] { new { text = "x" } } });

        var symbols = await session.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.True(symbols.GetArrayLength() > 0);
    }

    [Fact]
    public async Task Requests_about_unknown_documents_answer_empty_not_error()
    {
        await using var session = await LspSession.StartAsync(null);
        var uri = new Uri(Path.Combine(Path.GetTempPath(), "nowhere", "missing.journey")).AbsoluteUri;
        Assert.Equal(JsonValueKind.Null, (await session.AtAsync("textDocument/hover", uri, new LspPosition(0, 0))).ValueKind);
        Assert.Equal(0, (await session.AtAsync("textDocument/definition", uri, new LspPosition(0, 0))).GetArrayLength());
    }

    [Fact]
    public async Task Every_feature_answers_on_every_prefix_of_a_document()
    {
        using var workspace = TempWorkspace.CopyOfShop();
        await using var session = await LspSession.StartAsync(workspace.Root);
        var full = workspace.Read("abandoned_cart.journey");
        var uri = await session.OpenAsync(workspace.PathOf("abandoned_cart.journey"), string.Empty);
        for (var length = 0; length <= full.Length; length += 97)
        {
            var text = full[..length];
            await session.ReplaceAllAsync(uri, text);
            var end = Cursor.End(text);
            await session.AtAsync("textDocument/completion", uri, end);
            await session.AtAsync("textDocument/hover", uri, end);
            await session.AtAsync("textDocument/signatureHelp", uri, end);
            await session.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri } });
            await session.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri } });
            await session.RequestAsync("journey/graph", new { textDocument = new { uri }, position = end });
        }

        Assert.DoesNotContain("failed", session.ServerLog, StringComparison.Ordinal);
    }
}
