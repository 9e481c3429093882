using BenchmarkDotNet.Attributes;
using MarketingAutomation.Benchmarks.Generation;
using MarketingAutomation.Language.Formatting;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Benchmarks;

/// <summary>
/// A workspace the size of a large customer's: 1,000 journeys with their templates and tests,
/// about 100,000 lines in 101 files, made up in memory (see <see cref="GeneratedWorkspace"/>).
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
public class GeneratedWorkspaceBenchmarks
{
    private JourneyWorkspace? workspace;
    private IReadOnlyList<SyntaxTree> trees = [];

    [Params(1000)]
    public int Journeys { get; set; } = 1000;

    private JourneyWorkspace Loaded => workspace ?? throw new InvalidOperationException("GlobalSetup has not run.");

    [GlobalSetup]
    public void Setup()
    {
        workspace = GeneratedWorkspace.Create(Journeys).ToWorkspace();
        trees = workspace.Documents.Select(SyntaxTree.Parse).ToList();
    }

    [Benchmark(Baseline = true)]
    public int ParseAndBind() => Compilation.Create(Loaded).Diagnostics.Count;

    [Benchmark]
    public int ParseOnly() => Loaded.Documents.Sum(document => SyntaxTree.Parse(document).Tokens.Count);

    [Benchmark]
    public int FormatAll() => trees.Sum(tree => JourneyFormatter.Format(tree).Text.Length);
}
