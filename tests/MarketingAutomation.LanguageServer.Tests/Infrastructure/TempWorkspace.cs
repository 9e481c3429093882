namespace MarketingAutomation.LanguageServer.Tests.Infrastructure;

/// <summary>A copy of an example workspace in a temporary folder, removed afterwards, so tests may change files freely.</summary>
internal sealed class TempWorkspace : IDisposable
{
    private TempWorkspace(string root) => Root = root;

    /// <summary>The folder handed to the server as its root; the workspace itself is <see cref="Shop"/>.</summary>
    public string Root { get; }

    public string Shop => Path.Combine(Root, "shop");

    public static TempWorkspace CopyOfShop()
    {
        var root = Path.Combine(Path.GetTempPath(), "journey-lsp-tests", Guid.NewGuid().ToString("N"));
        Copy(RepositoryPaths.Shop, Path.Combine(root, "shop"));
        return new TempWorkspace(root);
    }

    /// <summary>An empty workspace folder with the given files.</summary>
    public static TempWorkspace With(params (string Name, string Text)[] files)
    {
        var root = Path.Combine(Path.GetTempPath(), "journey-lsp-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "shop"));
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(root, "shop", name), text);
        }

        return new TempWorkspace(root);
    }

    public string PathOf(string fileName) => Path.Combine(Shop, fileName);

    public string UriOf(string fileName) => new Uri(PathOf(fileName)).AbsoluteUri;

    public string Read(string fileName) => File.ReadAllText(PathOf(fileName));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind harms nobody.
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.EnumerateDirectories(from))
        {
            Copy(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
