using BenchmarkDotNet.Attributes;
using MarketingAutomation.Compiler;
using MarketingAutomation.Compiler.Emit;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Benchmarks;

/// <summary>
/// A warm rebuild of the shop in-process (check, lower and emit), against Roslyn's floor (one
/// empty class, same references and options) in the same run, so the Ratio column is the figure
/// that counts. The process that rebuilds in place is `ma serve` taking a deployed workspace, so
/// this runs as `ma` does, with the server collector. Warm means Roslyn's hot methods have reached
/// their final, optimised code: with tiered PGO that takes well over a hundred rebuilds (each
/// method runs instrumented before it is optimised), far more than BenchmarkDotNet's own warm-up
/// heuristic waits for, so the warm-up count is fixed. A cold rebuild takes longer than an
/// iteration's target time, so BenchmarkDotNet makes each iteration one rebuild: 250 before the 50
/// that are measured (the floor, at about a millisecond, runs hundreds of times an iteration).
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
[GcServer(true)]
[WarmupCount(250)]
[IterationCount(50)]
public class BuildBenchmarks
{
    private string shop = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        shop = RepositoryFolder.Examples("shop");
        BuildOutput.Require(JourneyWorkspace.FromDirectory(shop));
    }

    [Benchmark(Baseline = true)]
    public int RoslynFloorEmit() => RoslynFloor.Emit().Length;

    /// <summary>What a rebuild after an edit costs: files read again (from the OS cache), then the whole pipeline.</summary>
    [Benchmark]
    public int ShopRebuild() => BuildOutput.Image(JourneyWorkspace.FromDirectory(shop));
}
