using System.Globalization;

namespace MarketingAutomation.Language.Tests.Robustness;

/// <summary>
/// Thousands of broken versions of every example and built-in sample go through parse, bind and
/// format. Nothing may throw or hang, and every diagnostic must point inside the text. Two
/// classes share the samples so that xunit runs them on two cores at once.
/// </summary>
public sealed class MutationRobustnessTests
{
    public static TheoryData<string> Samples() => MutationRun.Half(0);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Mutated_files_never_crash_hang_or_misplace_a_diagnostic(string name) => MutationRobustnessTests.RunOrReplay(name);

    /// <summary>
    /// Runs a sample's mutations, or, when MA_FUZZ_REPLAY="shop/welcome.journey@123456" names
    /// this sample, only that reported case, to reproduce a failure.
    /// </summary>
    internal static void RunOrReplay(string name)
    {
        var replay = Environment.GetEnvironmentVariable("MA_FUZZ_REPLAY");
        var at = replay?.LastIndexOf('@') ?? -1;
        if (replay is not null && at > 0 && replay[..at] == name)
        {
            MutationRun.Replay(name, int.Parse(replay[(at + 1)..], CultureInfo.InvariantCulture));
            return;
        }

        MutationRun.Run(name);
    }
}

/// <summary>The other half of the samples of <see cref="MutationRobustnessTests"/>.</summary>
public sealed class MoreMutationRobustnessTests
{
    public static TheoryData<string> Samples() => MutationRun.Half(1);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Mutated_files_never_crash_hang_or_misplace_a_diagnostic(string name) => MutationRobustnessTests.RunOrReplay(name);
}
