using MarketingAutomation.Cli.Workspaces;
using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Cli.Check;

/// <summary>Checks the workspaces behind the given paths and gathers the diagnostics to show.</summary>
internal static class CheckRunner
{
    public static CheckReport Run(IReadOnlyList<string> paths, bool warningsAsErrors)
    {
        var diagnostics = new List<Diagnostic>();
        var fileCount = 0;
        foreach (var requested in WorkspaceLoader.Load(paths))
        {
            // The whole workspace is compiled even when one file was named: its declarations are
            // visible from every file, so a file cannot be checked on its own.
            var compilation = Compilation.Create(requested.Workspace);
            fileCount += requested.RequestedDocuments.Count;
            diagnostics.AddRange(compilation.Diagnostics.Where(d => requested.Includes(d.Path)));
        }

        if (warningsAsErrors)
        {
            // Shown as errors too, so the report says why the exit code is 1.
            diagnostics = diagnostics.Select(Promote).ToList();
        }

        return new CheckReport(diagnostics, fileCount);
    }

    private static Diagnostic Promote(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Warning ? diagnostic with { Severity = DiagnosticSeverity.Error } : diagnostic;
}
