using BenchmarkDotNet.Attributes;
using MarketingAutomation.Language.Formatting;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Benchmarks;

/// <summary>
/// The example workspaces, checked in-process and warm, as the language server re-checks them
/// on every edit. The .journey files are read once in setup; template files are read by the
/// binder as in `ma check` (from the operating system's file cache after the first run).
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
public class ExampleWorkspaceBenchmarks
{
    private JourneyWorkspace? workspace;
    private IReadOnlyList<SyntaxTree> trees = [];

    [Params("shop", "b2b")]
    public string Workspace { get; set; } = "shop";

    private JourneyWorkspace Loaded => workspace ?? throw new InvalidOperationException("GlobalSetup has not run.");

    [GlobalSetup]
    public void Setup()
    {
        workspace = JourneyWorkspace.FromDirectory(RepositoryFolder.Examples(Workspace));
        trees = workspace.Documents.Select(SyntaxTree.Parse).ToList();
    }

    /// <summary>What `ma check` does after reading the files: parse, bind, type-check.</summary>
    [Benchmark(Baseline = true)]
    public int ParseAndBind() => Compilation.Create(Loaded).Diagnostics.Count;

    [Benchmark]
    public int ParseOnly() => Loaded.Documents.Sum(document => SyntaxTree.Parse(document).Tokens.Count);

    [Benchmark]
    public int FormatAll() => trees.Sum(tree => JourneyFormatter.Format(tree).Text.Length);
}
