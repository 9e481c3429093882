using MarketingAutomation.Cli.Check;
using MarketingAutomation.Cli.Workspaces;
using MarketingAutomation.Hosting.Loading;
using MarketingAutomation.Hosting.Testing;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Cli.Test;

/// <summary>Loads each requested workspace, compiles it and runs its tests (only those in the files asked for).</summary>
internal static class TestRunnerCommand
{
    public static IReadOnlyList<TestSuiteResult> Run(IReadOnlyList<string> paths, string? nameFilter)
    {
        var suites = new List<TestSuiteResult>();
        foreach (var requested in WorkspaceLoader.Load(paths))
        {
            var loaded = LoadedWorkspace.From(Compilation.Create(requested.Workspace));
            var name = requested.Workspace.RootDirectory;
            if (loaded.Catalog is null)
            {
                var errors = loaded.Build.Diagnostics.Where(d => d.IsError).ToList();
                suites.Add(new TestSuiteResult(name, [], new CheckReport(errors, requested.Workspace.Documents.Count)));
                continue;
            }

            var tests = JourneyTestRunner.Run(loaded, test =>
                (test.Source is null || requested.Includes(test.Source.Path))
                && (nameFilter is null || test.Name.Contains(nameFilter, StringComparison.OrdinalIgnoreCase)
                    || (test.Journey?.Name ?? string.Empty).Equals(nameFilter, StringComparison.Ordinal)));
            suites.Add(new TestSuiteResult(name, tests, null));
        }

        return suites;
    }
}
