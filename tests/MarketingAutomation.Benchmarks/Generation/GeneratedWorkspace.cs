using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Benchmarks.Generation;

/// <summary>
/// A large, realistic workspace made up in memory: one schema, then files of journeys, each with
/// its templates and tests. The same seed always gives the same text, so runs compare.
/// </summary>
public sealed class GeneratedWorkspace
{
    public const string Root = "/generated";

    private GeneratedWorkspace(IReadOnlyList<SourceText> documents, IReadOnlyDictionary<string, string> templateFiles)
    {
        Documents = documents;
        TemplateFiles = templateFiles;
    }

    public IReadOnlyList<SourceText> Documents { get; }

    /// <summary>Liquid files by absolute path, served to the binder instead of the disk.</summary>
    public IReadOnlyDictionary<string, string> TemplateFiles { get; }

    public int LineCount => Documents.Sum(d => d.LineCount);

    public JourneyWorkspace ToWorkspace() =>
        JourneyWorkspace.FromDocuments(Root, Documents, path => TemplateFiles.GetValueOrDefault(path));

    public static GeneratedWorkspace Create(int journeys, int journeysPerFile = 10, int seed = 42)
    {
        var random = new Random(seed);
        var schema = new SchemaWriter(random);
        var documents = new List<SourceText> { new(Path.Combine(Root, "schema.journey"), schema.Write()) };
        var templateFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        var writer = new JourneyWriter(random, templateFiles);
        for (var first = 0; first < journeys; first += journeysPerFile)
        {
            var count = Math.Min(journeysPerFile, journeys - first);
            var text = string.Concat(Enumerable.Range(first, count).Select(writer.Write));
            documents.Add(new SourceText(Path.Combine(Root, $"journeys_{first / journeysPerFile:D3}.journey"), text));
        }

        return new GeneratedWorkspace(documents, templateFiles);
    }

    /// <summary>Writes the workspace to a folder, to check it with the `ma` command.</summary>
    public void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var document in Documents)
        {
            File.WriteAllText(Path.Combine(directory, Path.GetFileName(document.Path)), document.Text);
        }

        foreach (var (path, text) in TemplateFiles)
        {
            var target = Path.Combine(directory, Path.GetRelativePath(Root, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target) ?? directory);
            File.WriteAllText(target, text);
        }
    }
}
