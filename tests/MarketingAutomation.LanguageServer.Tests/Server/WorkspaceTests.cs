using MarketingAutomation.LanguageServer.Tests.Infrastructure;

namespace MarketingAutomation.LanguageServer.Tests.Server;

/// <summary>Which folders are workspaces, and how the server follows files changing on disk.</summary>
public sealed class WorkspaceTests
{
    [Fact]
    public async Task Every_folder_of_journey_files_below_the_root_is_a_workspace_of_its_own()
    {
        var examples = Path.Combine(RepositoryPaths.Root, "examples");
        await using var session = await LspSession.StartAsync(examples);

        var shop = new Uri(Path.Combine(examples, "shop", "welcome.journey")).AbsoluteUri;
        var b2b = Directory.EnumerateFiles(Path.Combine(examples, "b2b"), "*.journey").Select(p => new Uri(p).AbsoluteUri).First();
        await session.Diagnostics.WaitForAsync(shop, _ => true);
        await session.Diagnostics.WaitForAsync(b2b, _ => true);

        // Names do not cross workspaces: the shop's templates are unknown in b2b.
        var scratch = await session.OpenAsync(Path.Combine(examples, "b2b", "scratch_not_on_disk.journey"), "journey scratch {\n  when signed_up\n  send email welcome_1\n}\n");
        var diagnostics = await session.Diagnostics.WaitForAsync(scratch, d => d.Length > 0);
        Assert.Contains("MA2005", PublishedDiagnostics.Codes(diagnostics));
    }

    [Fact]
    public async Task A_file_created_on_disk_joins_its_workspace_when_the_client_says_so()
    {
        using var workspace = TempWorkspace.CopyOfShop();
        await using var session = await LspSession.StartAsync(workspace.Root);
        var uri = await session.OpenAsync(workspace.PathOf("uses_new.journey"), "journey uses_new {\n  when signed_up\n  send email brand_new\n}\n");
        await session.Diagnostics.WaitForAsync(uri, d => PublishedDiagnostics.Codes(d).Contains("MA2005"));

        File.WriteAllText(workspace.PathOf("new_templates.journey"), "template email brand_new {\n  subject \"New\"\n  body    \"Hello\"\n}\n");
        await session.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = workspace.UriOf("new_templates.journey"), type = 1 } } });
        await session.Diagnostics.WaitForAsync(uri, d => !PublishedDiagnostics.Codes(d).Contains("MA2005"));
    }

    [Fact]
    public async Task A_template_file_changed_on_disk_is_checked_again_though_no_script_changed()
    {
        using var workspace = TempWorkspace.CopyOfShop();
        await using var session = await LspSession.StartAsync(workspace.Root);
        var template = workspace.PathOf(Path.Combine("templates", "welcome_1.liquid"));
        var templateUri = new Uri(template).AbsoluteUri;
        var original = File.ReadAllText(template);

        // The script is opened with its text on disk: nothing to build again, and then the
        // template it sends breaks, then mends, on disk only.
        await session.OpenAsync(workspace.PathOf("welcome.journey"));
        await session.Diagnostics.WaitForAsync(workspace.UriOf("welcome.journey"), _ => true);
        File.WriteAllText(template, original + "\n{{ contact.no_such_field }}\n");
        await session.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = templateUri, type = 2 } } });
        await session.Diagnostics.WaitForAsync(templateUri, d => PublishedDiagnostics.Codes(d).Contains("MA6002"));

        File.WriteAllText(template, original);
        await session.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = templateUri, type = 2 } } });
        await session.Diagnostics.WaitForAsync(templateUri, d => !PublishedDiagnostics.Codes(d).Contains("MA6002"));
    }

    [Fact]
    public async Task A_document_opened_outside_the_roots_is_checked_with_its_own_folder()
    {
        using var workspace = TempWorkspace.CopyOfShop();
        await using var session = await LspSession.StartAsync(null);
        var uri = await session.OpenAsync(workspace.PathOf("welcome.journey"));
        var hover = await session.AtAsync("textDocument/hover", uri, Cursor.Find(workspace.Read("welcome.journey"), "contact in app_users", 12));
        Assert.Contains("app_users", hover.GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hundreds_of_changes_in_a_row_are_applied_in_order()
    {
        using var workspace = TempWorkspace.CopyOfShop();
        await using var session = await LspSession.StartAsync(workspace.Root);
        var uri = await session.OpenAsync(workspace.PathOf("ordered.journey"), string.Empty);
        var expected = string.Empty;
        for (var i = 0; i < 300; i++)
        {
            var line = $"connection c{i}\n";
            await session.InsertAsync(uri, Cursor.End(expected), line);
            expected += line;
        }

        // The server's text is what the edits make: formatting it changes nothing, and the last
        // connection is a symbol of the document.
        var symbols = await session.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.Equal(300, symbols.GetArrayLength());
        Assert.Equal("c299", symbols[299].GetProperty("name").GetString());
    }
}
