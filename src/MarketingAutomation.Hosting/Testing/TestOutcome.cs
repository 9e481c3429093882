namespace MarketingAutomation.Hosting.Testing;

/// <summary>The result of one journey test, with both timelines for the report.</summary>
/// <param name="File">The script file that declares the test.</param>
/// <param name="Line">1-based line of the test's name.</param>
/// <param name="SetupError">Why the test could not run (a value it cannot use), or null.</param>
public sealed record TestOutcome(
    string Name,
    string Journey,
    string File,
    int Line,
    IReadOnlyList<ScriptStep> Expected,
    IReadOnlyList<ActualStep> Actual,
    string? SetupError,
    TimeSpan Elapsed)
{
    public bool Passed => SetupError is null && Expected.All(s => s.Passed != false);

    public IEnumerable<ScriptStep> Failures => Expected.Where(s => s.Passed == false);
}

/// <summary>
/// One line of the test script in time order: an input (`at 3h event ...`) or an expectation.
/// Passed is null for inputs; Message explains a failed expectation.
/// </summary>
public sealed record ScriptStep(TimeSpan? At, string Text, int Line, bool? Passed, string? Message);

/// <summary>One thing that actually happened to the test contact, with the script line that did it (0 when none).</summary>
public sealed record ActualStep(TimeSpan At, string Journey, string Text, string? File, int Line, bool Relevant);
