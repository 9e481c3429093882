using System.Collections.Concurrent;
using MarketingAutomation.Language.Tests.Formatting;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Tests.Robustness;

/// <summary>
/// Where a fuzzed file is checked: in its example's folder (so template files resolve), beside
/// that workspace's unchanged schema (so names bind and types check as they would for real).
/// </summary>
internal sealed record FuzzWorkspace(string Root, string FileName, IReadOnlyList<SourceText> Companions)
{
    // Template files are read once for all cases: the disk is not what is under test.
    private static readonly ConcurrentDictionary<string, string?> Files = new(StringComparer.Ordinal);

    /// <summary>Reads a template file as the workspace would, from a cache shared by all cases.</summary>
    public static string? ReadFile(string path) =>
        Files.GetOrAdd(path, p => File.Exists(p) ? File.ReadAllText(p) : null);

    public static FuzzWorkspace For(string sampleName)
    {
        if (SampleSources.BuiltIn.ContainsKey(sampleName))
        {
            return new FuzzWorkspace(Path.Combine(RepositoryPaths.Root, "examples", "built-in"), sampleName + ".journey", []);
        }

        var path = Path.Combine(RepositoryPaths.Examples, sampleName);
        var root = Path.GetDirectoryName(path) ?? RepositoryPaths.Examples;
        var schema = Path.Combine(root, "schema.journey");
        var companions = File.Exists(schema) && !string.Equals(schema, path, StringComparison.Ordinal)
            ? new[] { new SourceText(schema, File.ReadAllText(schema)) }
            : [];
        return new FuzzWorkspace(root, Path.GetFileName(path), companions);
    }

    /// <summary>A workspace of its own, for generated inputs that need no schema.</summary>
    public static FuzzWorkspace Alone { get; } = new(Path.Combine(RepositoryPaths.Root, "examples", "built-in"), "alone.journey", []);
}
