namespace MarketingAutomation.Server.Tests.Infrastructure;

/// <summary>A temporary folder for a test's database and workspaces, removed afterwards.</summary>
public sealed class TestFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("ma-server-").FullName;

    public string Database => System.IO.Path.Combine(Path, "journeys.db");

    /// <summary>Writes a workspace of one script and returns its folder.</summary>
    public string Workspace(string name, string script)
    {
        var folder = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(System.IO.Path.Combine(folder, "main.journey"), script);
        return folder;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still closing; the temp folder is cleaned by the system eventually.
        }
    }
}
