using BenchmarkDotNet.Attributes;
using MarketingAutomation.Benchmarks.Generation;
using MarketingAutomation.Compiler;
using MarketingAutomation.Compiler.Emit;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Benchmarks;

/// <summary>
/// `ma build` in-process and warm: check, lower and emit, against Roslyn's floor (one empty class,
/// same references and options) in the same run, so the Ratio column is the figure that counts.
/// </summary>
[MemoryDiagnoser]
[MedianColumn, MinColumn, MaxColumn]
public class BuildBenchmarks
{
    private string shop = string.Empty;
    private JourneyWorkspace? generated;

    [GlobalSetup]
    public void Setup()
    {
        shop = RepositoryFolder.Examples("shop");
        generated = GeneratedWorkspace.Create(1000).ToWorkspace();
        // A broken workspace would time only the check; fail here instead of measuring nonsense.
        foreach (var workspace in new[] { JourneyWorkspace.FromDirectory(shop), generated })
        {
            if (JourneyCompiler.Build(Compilation.Create(workspace)) is { Success: false } result)
            {
                throw new InvalidOperationException($"{workspace.RootDirectory} does not build: {result.Diagnostics.FirstOrDefault()}");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public int RoslynFloorEmit() => RoslynFloor.Emit().Length;

    /// <summary>What a rebuild after an edit costs: files read again (from the OS cache), then the whole pipeline.</summary>
    [Benchmark]
    public int ShopRebuild() => Image(JourneyWorkspace.FromDirectory(shop));

    [Benchmark]
    public int Generated1000Rebuild() => Image(generated ?? throw new InvalidOperationException("GlobalSetup has not run."));

    private static int Image(JourneyWorkspace workspace) =>
        JourneyCompiler.Build(Compilation.Create(workspace)).Assembly?.Length ?? 0;
}
