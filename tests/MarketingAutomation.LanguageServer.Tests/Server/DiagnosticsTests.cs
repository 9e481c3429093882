using MarketingAutomation.LanguageServer.Tests.Infrastructure;

namespace MarketingAutomation.LanguageServer.Tests.Server;

public sealed class DiagnosticsTests
{
    [Fact]
    public async Task Publishes_for_every_file_of_the_workspace_at_start_without_opening_any()
    {
        using var workspace = TempWorkspace.CopyOfShop();
        File.WriteAllText(workspace.PathOf("broken.journey"), "journey broken {\n  when signed_up\n  send email no_such_template\n}\n");
        await using var session = await LspSession.StartAsync(workspace.Root);

        var diagnostics = await session.Diagnostics.WaitForAsync(workspace.UriOf("broken.journey"), d => d.Length > 0);
        Assert.Contains("MA2005", PublishedDiagnostics.Codes(diagnostics));
        var first = diagnostics.First(d => d.GetProperty("code").GetString() == "MA2005");
        Assert.Equal(1, first.GetProperty("severity").GetInt32());
        Assert.Equal("journey", first.GetProperty("source").GetString());
        Assert.Equal(2, first.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(13, first.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());

        await session.Diagnostics.WaitForAsync(workspace.UriOf("welcome.journey"), _ => true);
    }

    [Fact]
    public async Task Incremental_edits_raise_and_clear_an_error_in_the_open_document()
    {
        using var workspace = TempWorkspace.CopyOfShop();
        await using var session = await LspSession.StartAsync(workspace.Root);
        var text = workspace.Read("welcome.journey");
        var uri = await session.OpenAsync(workspace.PathOf("welcome.journey"), text);
        await session.Diagnostics.WaitForAsync(uri, d => !PublishedDiagnostics.Codes(d).Contains("MA2005"));

        // `send email welcome_1` becomes `send email welcome_1x`: an unknown template.
        var at = Cursor.Find(text, "send email welcome_1\n", "send email welcome_1".Length);
        await session.InsertAsync(uri, at, "x");
        var withError = await session.Diagnostics.WaitForAsync(uri, d => PublishedDiagnostics.Codes(d).Contains("MA2005"));
        Assert.Contains(withError, d => d.GetProperty("message").GetString()!.Contains("welcome_1x", StringComparison.Ordinal));

        await session.ChangeAsync(uri, at, at with { Character = at.Character + 1 }, string.Empty);
        await session.Diagnostics.WaitForAsync(uri, d => !PublishedDiagnostics.Codes(d).Contains("MA2005"));
    }

    [Fact]
    public async Task An_edit_in_one_file_updates_the_diagnostics_of_the_closed_files_that_use_it()
    {
        using var workspace = TempWorkspace.CopyOfShop();
        await using var session = await LspSession.StartAsync(workspace.Root);
        var welcome = workspace.UriOf("welcome.journey");
        await session.Diagnostics.WaitForAsync(welcome, d => d.Length == 0);
        var text = workspace.Read("audience.journey");
        var uri = await session.OpenAsync(workspace.PathOf("audience.journey"), text);

        // welcome.journey (not open) reads the segment `app_users`, declared here.
        var start = Cursor.Find(text, "segment app_users", "segment ".Length);
        await session.ChangeAsync(uri, start, start with { Character = start.Character + "app_users".Length }, "phone_users");
        var broken = await session.Diagnostics.WaitForAsync(welcome, d => PublishedDiagnostics.Codes(d).Contains("MA2006"));
        Assert.Contains(broken, d => d.GetProperty("message").GetString()!.Contains("app_users", StringComparison.Ordinal));

        await session.ChangeAsync(uri, start, start with { Character = start.Character + "phone_users".Length }, "app_users");
        await session.Diagnostics.WaitForAsync(welcome, d => d.Length == 0);
    }

    [Fact]
    public async Task Typing_fast_settles_on_the_diagnostics_of_the_final_text()
    {
        using var workspace = TempWorkspace.CopyOfShop();
        await using var session = await LspSession.StartAsync(workspace.Root, diagnosticsDelay: TimeSpan.FromMilliseconds(150));
        var uri = await session.OpenAsync(workspace.PathOf("typing.journey"), string.Empty);
        var typed = "journey typing {\n  when signed_up\n  send email welcome_1\n  wait 2d\n  send sms nothing_here\n}\n";
        var text = string.Empty;
        foreach (var c in typed)
        {
            await session.InsertAsync(uri, Cursor.End(text), c.ToString());
            text += c;
        }

        var final = await session.Diagnostics.WaitForAsync(uri, d => PublishedDiagnostics.Codes(d).SequenceEqual(["MA2005"]));
        Assert.Equal(4, final[0].GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        var formatted = await session.RequestAsync("textDocument/formatting", new { textDocument = new { uri }, options = new { tabSize = 2, insertSpaces = true } });
        Assert.Equal(0, formatted.GetArrayLength());
    }

    [Fact]
    public async Task Closing_an_unsaved_document_clears_its_diagnostics()
    {
        using var workspace = TempWorkspace.CopyOfShop();
        await using var session = await LspSession.StartAsync(workspace.Root);
        var uri = await session.OpenAsync(workspace.PathOf("scratch.journey"), "journey scratch { when nothing_at_all }\n");
        await session.Diagnostics.WaitForAsync(uri, d => d.Length > 0);
        await session.NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });
        await session.Diagnostics.WaitForAsync(uri, d => d.Length == 0);
    }
}
