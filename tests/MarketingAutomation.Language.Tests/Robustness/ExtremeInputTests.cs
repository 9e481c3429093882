namespace MarketingAutomation.Language.Tests.Robustness;

/// <summary>
/// Deep nesting and very long lines go through parse, bind and format like any other file:
/// a clear diagnostic is fine, an exception, a stack overflow or a hang is not.
/// </summary>
public sealed class ExtremeInputTests
{
    [Fact]
    public void Deep_nesting_never_crashes_or_hangs() => RunAll("deep-nesting", ExtremeInputs.DeepNesting());

    [Fact]
    public void Very_long_lines_never_crash_or_hang() => RunAll("long-lines", ExtremeInputs.LongLines());

    [Fact]
    public void Odd_template_file_names_never_crash() => RunAll("template-paths", ExtremeInputs.OddTemplatePaths());

    /// <summary>
    /// A stack overflow cannot be caught: should one happen here, the test host dies, and
    /// robustness-failures/running-left-deep-chains.txt beside the test assembly names the input.
    /// </summary>
    [Fact]
    public void Left_deep_operator_chains_never_crash() => RunAll("left-deep-chains", ExtremeInputs.LeftDeepChains());

    private static void RunAll(string suite, IEnumerable<(string Name, string Text)> inputs)
    {
        var report = new FuzzReport(suite);
        var cases = 0;
        foreach (var (name, text) in inputs)
        {
            if (report.ShouldStop)
            {
                break;
            }

            report.Starting(name, string.Empty, text);
            report.Record(name, string.Empty, text, Pipeline.Check(text, FuzzWorkspace.Alone));
            cases++;
        }

        report.AssertNone(cases);
    }
}
