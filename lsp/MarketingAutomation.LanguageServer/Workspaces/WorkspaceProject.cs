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
    private readonly TemplateFiles templateFiles = new();
    private Dictionary<string, string>? diskFiles;
    private int diskVersion;
    private Compilation? previous;
    private int previousDiskVersion;
    private bool previousReadOpenTemplates;

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
                diskVersion++;
            }

            templateFiles.Forget();
        }

        builds.Invalidate();
    }

    /// <summary>The snapshot of the workspace as it is now (or newer), building it if no one has yet.</summary>
    public Task<WorkspaceSnapshot> GetSnapshotAsync() => builds.GetAsync();

    private WorkspaceSnapshot Build(int wanted)
    {
        // Taken before the files are read: a build never claims to have seen a later change on disk.
        int diskSeen;
        lock (gate)
        {
            diskSeen = diskVersion;
        }

        var templatesOpen = TemplatesOpen();

        var open = documents.All()
            .Where(d => string.Equals(WorkspaceManager.FolderOf(d.Path), Folder, StringComparison.Ordinal))
            .ToDictionary(d => d.Path, StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(DiskFiles(), StringComparer.Ordinal);
        foreach (var document in open.Values)
        {
            texts[document.Path] = document.Text;
        }

        var started = Stopwatch.GetTimestamp();
        Compilation? before;
        bool reusable;
        lock (gate)
        {
            before = previous;
            reusable = previousDiskVersion == diskSeen && !previousReadOpenTemplates && !templatesOpen;
        }

        // Nothing to build when every script is as the last build saw it (a document opened with
        // the text on disk, or a change undone before its build): that compilation, already
        // bound, still holds. Unless a template file the binder reads may have changed: on disk,
        // or open in the editor, then or now (its edits reach this workspace only through a rebuild).
        if (before is not null && reusable && SameTexts(before, texts))
        {
            ServerTrace.Write($"build {wanted}: unchanged");
            return new WorkspaceSnapshot(wanted, before, open);
        }

        var root = Folder == WorkspaceManager.LooseDocuments ? Environment.CurrentDirectory : Folder;
        var workspace = JourneyWorkspace.FromDocuments(root, texts.Select(t => new SourceText(t.Key, t.Value)), ReadFile);
        var compilation = before?.WithWorkspace(workspace) ?? Compilation.Create(workspace);
        var parsed = Stopwatch.GetElapsedTime(started);

        // Bind here, on the thread pool, so no request pays for it on the message loop.
        _ = compilation.Model;
        var readOpenTemplates = templatesOpen || TemplatesOpen(); // one may have opened meanwhile
        lock (gate)
        {
            previous = compilation;
            previousDiskVersion = diskSeen;
            previousReadOpenTemplates = readOpenTemplates;
        }

        if (ServerTrace.Enabled)
        {
            ServerTrace.Write($"build {wanted}: parse {parsed.TotalMilliseconds:F1} ms, total {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms; {ServerTrace.Collections}");
        }

        return new WorkspaceSnapshot(wanted, compilation, open);
    }

    private bool TemplatesOpen() =>
        documents.All().Any(d => !d.Path.EndsWith(JourneyWorkspace.FileExtension, StringComparison.Ordinal));

    private static bool SameTexts(Compilation compilation, Dictionary<string, string> texts) =>
        compilation.SyntaxTrees.Count == texts.Count
        && compilation.SyntaxTrees.All(t => texts.TryGetValue(t.Source.Path, out var text) && string.Equals(t.Source.Text, text, StringComparison.Ordinal));

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
    private string? ReadFile(string path) => documents.Find(Path.GetFullPath(path))?.Text ?? templateFiles.Read(path);

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
