using BenchmarkDotNet.Attributes;
using MarketingAutomation.Benchmarks.Generation;
using MarketingAutomation.Compiler.Emit;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Benchmarks;

/// <summary>
/// An in-process build of the 1,000 generated journeys against Roslyn's floor. At tens of seconds
/// an operation, run it with a few monitored iterations (see README.md), not the default job.
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
public class LargeBuildBenchmarks
{
    private JourneyWorkspace? generated;

    [GlobalSetup]
    public void Setup()
    {
        generated = GeneratedWorkspace.Create(1000).ToWorkspace();
        BuildOutput.Require(generated);
    }

    [Benchmark(Baseline = true)]
    public int RoslynFloorEmit() => RoslynFloor.Emit().Length;

    [Benchmark]
    public int Generated1000Rebuild() => BuildOutput.Image(generated ?? throw new InvalidOperationException("GlobalSetup has not run."));
}
