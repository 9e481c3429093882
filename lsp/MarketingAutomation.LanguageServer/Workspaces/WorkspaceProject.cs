using System.Diagnostics;
using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;
using MarketingAutomation.LanguageServer.Documents;
using MarketingAutomation.LanguageServer.Hosting;

namespace MarketingAutomation.LanguageServer.Workspaces;

/// <summary>
/// One workspace folder and its latest compilation, rebuilt after every change (see
/// <see cref="CoalescingBuilds{T}"/>): one build at a time, reusing the syntax trees of the files
/// the change left alone.
/// </summary>
internal sealed class WorkspaceProject
{
    private readonly Lock gate = new();
    private readonly DocumentStore documents;
    private readonly CoalescingBuilds<WorkspaceSnapshot> builds;
    private Dictionary<string, string>? diskFiles;
    private Compilation? previous;

    public WorkspaceProject(string folder, DocumentStore documents)
    {
        Folder = folder;
        this.documents = documents;
        builds = new CoalescingBuilds<WorkspaceSnapshot>(Build);
    }

    /// <summary>The folder, or <see cref="WorkspaceManager.LooseDocuments"/> for documents that are not files.</summary>
    public string Folder { get; }

    /// <summary>Notes that a document of the workspace changed; <paramref name="onDisk"/> when files on disk did.</summary>
    public void Invalidate(bool onDisk = false)
    {
        // Files are forgotten before the stamp moves, so no build of the new stamp reads the old ones.
        if (onDisk)
        {
            lock (gate)
            {
                diskFiles = null;
            }
        }

        builds.Invalidate();
    }

    /// <summary>The snapshot of the workspace as it is now (or newer), building it if no one has yet.</summary>
    public Task<WorkspaceSnapshot> GetSnapshotAsync() => builds.GetAsync();

    private WorkspaceSnapshot Build(int wanted)
    {
        var open = documents.All()
            .Where(d => string.Equals(WorkspaceManager.FolderOf(d.Path), Folder, StringComparison.Ordinal))
            .ToDictionary(d => d.Path, StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(DiskFiles(), StringComparer.Ordinal);
        foreach (var document in open.Values)
        {
            texts[document.Path] = document.Text;
        }

        var root = Folder == WorkspaceManager.LooseDocuments ? Environment.CurrentDirectory : Folder;
        var workspace = JourneyWorkspace.FromDocuments(root, texts.Select(t => new SourceText(t.Key, t.Value)), ReadFile);
        var started = Stopwatch.GetTimestamp();
        Compilation? before;
        lock (gate)
        {
            before = previous;
        }

        var compilation = before?.WithWorkspace(workspace) ?? Compilation.Create(workspace);
        var parsed = Stopwatch.GetElapsedTime(started);

        // Bind here, on the thread pool, so no request pays for it on the message loop.
        _ = compilation.Model;
        lock (gate)
        {
            previous = compilation;
        }

        if (ServerTrace.Enabled)
        {
            ServerTrace.Write($"build {wanted}: parse {parsed.TotalMilliseconds:F1} ms, total {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms; collections so far {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms");
        }

        return new WorkspaceSnapshot(wanted, compilation, open);
    }

    private Dictionary<string, string> DiskFiles()
    {
        lock (gate)
        {
            if (diskFiles is not null)
            {
                return diskFiles;
            }
        }

        var loaded = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Folder != WorkspaceManager.LooseDocuments && Directory.Exists(Folder))
        {
            foreach (var path in Directory.EnumerateFiles(Folder, "*" + JourneyWorkspace.FileExtension, SearchOption.TopDirectoryOnly))
            {
                if (path.EndsWith(JourneyWorkspace.FileExtension, StringComparison.Ordinal) && ReadDisk(path) is { } text)
                {
                    loaded[Path.GetFullPath(path)] = text;
                }
            }
        }

        lock (gate)
        {
            diskFiles = loaded;
        }

        return loaded;
    }

    /// <summary>Template files: the editor's text when open, else the disk's.</summary>
    private string? ReadFile(string path) => documents.Find(Path.GetFullPath(path))?.Text ?? ReadDisk(path);

    private static string? ReadDisk(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
