using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Tests.Diagnostics;

/// <summary>Checks small in-memory workspaces: the catalog's prelude plus one sample file.</summary>
internal static class WorkspaceChecker
{
    public const string PreludePath = "prelude.journey";
    public const string SamplePath = "sample.journey";

    /// <summary>No template file exists: every `file "..."` part is missing.</summary>
    public static readonly Func<string, string?> NoFiles = _ => null;

    public static string RootDirectory { get; } = Path.Combine(Path.GetTempPath(), "ma-diagnostics-tests");

    /// <summary>Checks <paramref name="sample"/> together with the catalog's prelude (or alone, when asked).</summary>
    public static IReadOnlyList<Diagnostic> CheckWithPrelude(string sample, bool withPrelude = true)
    {
        var documents = new List<SourceText> { new(SamplePath, sample) };
        if (withPrelude)
        {
            documents.Add(new SourceText(PreludePath, DiagnosticCatalog.Document.Prelude));
        }

        return Check(documents);
    }

    public static IReadOnlyList<Diagnostic> Check(IEnumerable<SourceText> documents, Func<string, string?>? readFile = null) =>
        Compilation.Create(JourneyWorkspace.FromDocuments(RootDirectory, documents, readFile ?? NoFiles)).Diagnostics;

    public static IReadOnlyList<Diagnostic> InSample(this IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Path == SamplePath).ToList();

    public static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        var lines = diagnostics.Select(d => "  " + d).ToList();
        return lines.Count == 0 ? "  (no diagnostics)" : string.Join(Environment.NewLine, lines);
    }
}
