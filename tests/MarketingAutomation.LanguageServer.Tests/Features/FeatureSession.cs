using System.Text.Json;
using MarketingAutomation.LanguageServer.Tests.Infrastructure;

namespace MarketingAutomation.LanguageServer.Tests.Features;

/// <summary>A server on a copy of the shop workspace, with one document open at a marked cursor.</summary>
internal sealed class FeatureSession : IAsyncDisposable
{
    private FeatureSession(TempWorkspace workspace, LspSession session, string uri, string text, LspPosition cursor)
    {
        Workspace = workspace;
        Session = session;
        Uri = uri;
        Text = text;
        Cursor = cursor;
    }

    public TempWorkspace Workspace { get; }

    public LspSession Session { get; }

    public string Uri { get; }

    public string Text { get; }

    public LspPosition Cursor { get; }

    /// <summary>Opens <paramref name="fileName"/> in the shop workspace with the marked text (which may be a new file).</summary>
    public static async Task<FeatureSession> OpenAsync(string fileName, string markedText)
    {
        var workspace = TempWorkspace.CopyOfShop();
        var session = await LspSession.StartAsync(workspace.Root);
        var (text, cursor) = Infrastructure.Cursor.Parse(markedText);
        var uri = await session.OpenAsync(workspace.PathOf(fileName), text);
        return new FeatureSession(workspace, session, uri, text, cursor);
    }

    /// <summary>Opens an existing file of the shop with the cursor at an occurrence of <paramref name="find"/>.</summary>
    public static Task<FeatureSession> OpenExistingAsync(string fileName, string find, int delta)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Shop, fileName));
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in {fileName}");
        return OpenAsync(fileName, text.Insert(at + delta, Infrastructure.Cursor.Mark));
    }

    public Task<JsonElement> AtCursorAsync(string method, object? extra = null) => Session.AtAsync(method, Uri, Cursor, extra);

    public Task<JsonElement> ForDocumentAsync(string method, object? extra = null) =>
        extra is null
            ? Session.RequestAsync(method, new { textDocument = new { uri = Uri } })
            : Session.RequestAsync(method, new { textDocument = new { uri = Uri }, options = extra });

    public async ValueTask DisposeAsync()
    {
        await Session.DisposeAsync();
        Workspace.Dispose();
    }

    public static string[] Labels(JsonElement completionList) =>
        completionList.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString() ?? string.Empty).ToArray();

    /// <summary>The text a range covers in the given text.</summary>
    public static string TextOf(string text, JsonElement range)
    {
        var lines = text.Split('\n');
        int Offset(JsonElement p)
        {
            var line = p.GetProperty("line").GetInt32();
            return lines.Take(line).Sum(l => l.Length + 1) + p.GetProperty("character").GetInt32();
        }

        return text[Offset(range.GetProperty("start"))..Offset(range.GetProperty("end"))];
    }
}
