using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Services;

/// <summary>
/// Checks a rename by doing it in memory and checking the workspace again. A new error means the
/// new name does not fit somewhere it is used (a word with a meaning of its own there, a use the
/// rename cannot reach): better to refuse than to leave a broken workspace behind.
/// </summary>
internal static class RenameCheck
{
    public static string? NewError(Compilation compilation, IReadOnlyList<SymbolOccurrence> occurrences, string newName)
    {
        var renamed = occurrences
            .GroupBy(o => o.Source.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Apply(g.First().Source.Text, g.Select(o => o.Span), newName), StringComparer.Ordinal);
        var workspace = compilation.Workspace;
        var documents = workspace.Documents
            .Select(d => renamed.TryGetValue(d.Path, out var text) ? new SourceText(d.Path, text) : d)
            .ToList();
        var files = renamed
            .Where(r => !workspace.Documents.Any(d => d.Path == r.Key))
            .ToDictionary(r => Path.GetFullPath(r.Key), r => r.Value, StringComparer.Ordinal);

        // Only the renamed files are parsed again; the others keep their trees.
        var after = compilation.WithWorkspace(JourneyWorkspace.FromDocuments(
            workspace.RootDirectory,
            documents,
            path => files.TryGetValue(Path.GetFullPath(path), out var text) ? text : workspace.ReadFile(path)));

        var before = compilation.Diagnostics.Where(d => d.IsError).ToList();
        var errors = after.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count <= before.Count)
        {
            return null;
        }

        var known = before.Select(Key).ToHashSet();
        var fresh = errors.FirstOrDefault(e => !known.Contains(Key(e))) ?? errors[0];
        return fresh.ToString();
    }

    private static (string, string, string) Key(Diagnostic diagnostic) => (diagnostic.Path, diagnostic.Code, diagnostic.Message);

    private static string Apply(string text, IEnumerable<TextSpan> spans, string newName)
    {
        foreach (var span in spans.Distinct().OrderByDescending(s => s.Start))
        {
            text = string.Concat(text.AsSpan(0, span.Start), newName, text.AsSpan(span.End));
        }

        return text;
    }
}
