using MarketingAutomation.Language.Tests.Formatting;

namespace MarketingAutomation.Language.Tests.Robustness;

/// <summary>
/// Runs the mutated versions of one sample through the pipeline. The cases are the same on
/// every run; set MA_FUZZ_SEED to explore others, MA_FUZZ_REPLAY to re-run a reported one.
/// </summary>
internal static class MutationRun
{
    /// <summary>Cases over all samples; each sample gets its share, at least a hundred.</summary>
    public const int TotalCases = 3300;

    private static readonly int MasterSeed =
        int.TryParse(Environment.GetEnvironmentVariable("MA_FUZZ_SEED"), out var seed) ? seed : 20261122;

    private static readonly Lazy<int> SampleCount = new(() => SampleSources.All().Count());

    private static readonly Lazy<List<string>> Donors = new(() => SampleSources.All().Select(s => s.Text).ToList());

    /// <summary>Samples split in two, so that two test classes can fuzz them on two cores at once.</summary>
    public static TheoryData<string> Half(int half)
    {
        var data = new TheoryData<string>();
        var names = SampleSources.All().Select(s => s.Name).ToList();
        for (var i = half; i < names.Count; i += 2)
        {
            data.Add(names[i]);
        }

        return data;
    }

    public static void Run(string name)
    {
        var report = new FuzzReport("mutations-" + name);
        var cases = 0;
        var workspace = FuzzWorkspace.For(name);
        var perSample = Math.Max(100, (TotalCases + SampleCount.Value - 1) / SampleCount.Value);
        for (var i = 0; i < perSample && !report.ShouldStop; i++, cases++)
        {
            RunCase(name, workspace, CaseSeed(name, i), report);
        }

        report.AssertNone(cases);
    }

    public static void Replay(string name, int caseSeed)
    {
        var report = new FuzzReport("replay");
        RunCase(name, FuzzWorkspace.For(name), caseSeed, report);
        report.AssertNone(1);
    }

    private static void RunCase(string name, FuzzWorkspace workspace, int caseSeed, FuzzReport report)
    {
        var (mutated, steps) = Mutator.Mutate(SampleSources.Text(name), new Random(caseSeed), Donors.Value);
        var id = $"{name}@{caseSeed}";
        report.Starting(id, steps, mutated);
        report.Record(id, $"({steps})", mutated, Pipeline.Check(mutated, workspace));
    }

    private static int CaseSeed(string name, int index) =>
        unchecked(MasterSeed + ((name.Aggregate(17, (hash, c) => (hash * 31) + c) & 0xFFFF) * 1000) + index);
}
