using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Cli.Workspaces;

/// <summary>A loaded workspace and which of its files the user asked about.</summary>
/// <param name="Workspace">Every .journey file of the folder, since each file sees its siblings' declarations.</param>
/// <param name="OnlyFiles">Full paths of the files named on the command line, or null for the whole workspace.</param>
internal sealed record RequestedWorkspace(JourneyWorkspace Workspace, IReadOnlySet<string>? OnlyFiles)
{
    /// <summary>Whether findings in the file at <paramref name="path"/> should be shown.</summary>
    public bool Includes(string path) => OnlyFiles is null || OnlyFiles.Contains(Path.GetFullPath(path));

    /// <summary>The documents the user asked about, in the workspace's order.</summary>
    public IReadOnlyList<SourceText> RequestedDocuments => Workspace.Documents.Where(d => Includes(d.Path)).ToList();
}
