using MarketingAutomation.Language.Workspace;
using MarketingAutomation.LanguageServer.Documents;
using MarketingAutomation.LanguageServer.Hosting;

namespace MarketingAutomation.LanguageServer.Workspaces;

/// <summary>
/// The workspaces the server knows: every folder below the editor's roots that holds .journey
/// files, found as `ma check` finds them, plus the folder of any document opened elsewhere.
/// </summary>
internal sealed class WorkspaceManager(DocumentStore documents, ServerLog log)
{
    /// <summary>The pseudo-folder of open documents that are not files (unsaved buffers).</summary>
    public const string LooseDocuments = "";

    private readonly Lock gate = new();
    private readonly Dictionary<string, WorkspaceProject> projects = new(StringComparer.Ordinal);

    public static string FolderOf(string path) =>
        DocumentUri.IsFilePath(path) ? Path.GetDirectoryName(path) ?? LooseDocuments : LooseDocuments;

    /// <summary>Finds the workspaces under the editor's root folders.</summary>
    public void AddRoots(IEnumerable<string> rootFolders)
    {
        foreach (var root in rootFolders)
        {
            try
            {
                foreach (var request in WorkspaceDiscovery.Discover([Path.GetFullPath(root)]))
                {
                    GetOrCreate(Normalize(request.Directory));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                log.Error($"Cannot read the workspace folder {root}: {e.Message}");
            }
        }
    }

    public WorkspaceProject ProjectFor(string path) => GetOrCreate(FolderOf(path));

    public IReadOnlyList<WorkspaceProject> All()
    {
        lock (gate)
        {
            return projects.Values.ToList();
        }
    }

    private WorkspaceProject GetOrCreate(string folder)
    {
        lock (gate)
        {
            if (!projects.TryGetValue(folder, out var project))
            {
                projects[folder] = project = new WorkspaceProject(folder, documents);
            }

            return project;
        }
    }

    private static string Normalize(string folder) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
}
