using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;
using MarketingAutomation.LanguageServer.Documents;

namespace MarketingAutomation.LanguageServer.Workspaces;

/// <summary>
/// One workspace folder and its latest compilation. Every change bumps a stamp; a snapshot is
/// built on the thread pool the first time someone asks for the current stamp, and shared by
/// everyone who asks until the next change.
/// </summary>
internal sealed class WorkspaceProject(string folder, DocumentStore documents)
{
    private readonly Lock gate = new();
    private int stamp;
    private Dictionary<string, string>? diskFiles;
    private (int Stamp, Task<WorkspaceSnapshot> Task)? build;

    /// <summary>The folder, or <see cref="WorkspaceManager.LooseDocuments"/> for documents that are not files.</summary>
    public string Folder { get; } = folder;

    /// <summary>Notes that a document of the workspace changed; <paramref name="onDisk"/> when files on disk did.</summary>
    public void Invalidate(bool onDisk = false)
    {
        lock (gate)
        {
            stamp++;
            if (onDisk)
            {
                diskFiles = null;
            }
        }
    }

    /// <summary>The snapshot of the workspace as it is now, building it if no one has yet.</summary>
    public Task<WorkspaceSnapshot> GetSnapshotAsync()
    {
        lock (gate)
        {
            // A failed build is tried again rather than remembered: the cause (a file being
            // written, say) may have passed.
            if (build is { } current && current.Stamp == stamp && !current.Task.IsFaulted)
            {
                return current.Task;
            }

            var wanted = stamp;
            var task = Task.Run(() => Build(wanted));
            build = (wanted, task);
            return task;
        }
    }

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
        var compilation = Compilation.Create(workspace);

        // Bind here, on the thread pool, so no request pays for it on the message loop.
        _ = compilation.Model;
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
