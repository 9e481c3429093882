using System.Text.Json;
using MarketingAutomation.LanguageServer.Tests.Infrastructure;

namespace MarketingAutomation.LanguageServer.Tests.Server;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_announces_incremental_sync_and_every_feature()
    {
        using var workspace = TempWorkspace.CopyOfShop();
        await using var session = await LspSession.StartAsync(workspace.Root);
        var capabilities = session.InitializeResult.GetProperty("capabilities");

        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(capabilities.GetProperty("textDocumentSync").GetProperty("openClose").GetBoolean());
        Assert.Equal("utf-16", capabilities.GetProperty("positionEncoding").GetString());
        foreach (var provider in new[] { "hoverProvider", "definitionProvider", "referencesProvider", "documentHighlightProvider", "documentSymbolProvider", "workspaceSymbolProvider", "foldingRangeProvider", "documentFormattingProvider" })
        {
            Assert.True(capabilities.GetProperty(provider).GetBoolean(), provider);
        }

        Assert.True(capabilities.GetProperty("renameProvider").GetProperty("prepareProvider").GetBoolean());
        Assert.Equal(["(", ","], capabilities.GetProperty("signatureHelpProvider").GetProperty("triggerCharacters").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(".", capabilities.GetProperty("completionProvider").GetProperty("triggerCharacters").EnumerateArray().Select(e => e.GetString()));
        var legend = capabilities.GetProperty("semanticTokensProvider").GetProperty("legend");
        Assert.Contains("keyword", legend.GetProperty("tokenTypes").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("quickfix", capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("journey-language-server", session.InitializeResult.GetProperty("serverInfo").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Writes_no_null_properties_on_the_wire()
    {
        using var workspace = TempWorkspace.CopyOfShop();
        await using var session = await LspSession.StartAsync(workspace.Root);
        AssertNoNulls(session.InitializeResult);

        var uri = await session.OpenAsync(workspace.PathOf("welcome.journey"));
        var lenses = await session.RequestAsync("textDocument/codeLens", new { textDocument = new { uri } });
        AssertNoNulls(lenses);
        var symbols = await session.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        AssertNoNulls(symbols);
        var diagnostics = await session.Diagnostics.WaitForAsync(uri, _ => true);
        Assert.All(diagnostics, AssertNoNulls);
    }

    [Fact]
    public async Task Shutdown_answers_null_and_exit_stops_the_server_with_code_0()
    {
        await using var session = await LspSession.StartAsync(null);
        var result = await session.RequestAsync("shutdown", null);
        Assert.Equal(JsonValueKind.Null, result.ValueKind);
        await session.NotifyAsync("exit", null);
        await session.ServerCompletion.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, session.ServerExitCode);
    }

    [Fact]
    public async Task Exit_without_shutdown_stops_the_server_with_code_1()
    {
        await using var session = await LspSession.StartAsync(null);
        await session.NotifyAsync("exit", null);
        await session.ServerCompletion.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, session.ServerExitCode);
    }

    private static void AssertNoNulls(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                Assert.Fail("A null was written where the property should be absent.");
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Assert.True(property.Value.ValueKind != JsonValueKind.Null, $"Property '{property.Name}' is null.");
                    AssertNoNulls(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    AssertNoNulls(item);
                }

                break;
        }
    }
}
