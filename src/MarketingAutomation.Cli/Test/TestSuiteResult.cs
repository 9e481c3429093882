using MarketingAutomation.Hosting.Testing;

namespace MarketingAutomation.Cli.Test;

/// <summary>The tests of one workspace, or the check errors that kept them from running.</summary>
internal sealed record TestSuiteResult(string Workspace, IReadOnlyList<TestOutcome> Tests, Check.CheckReport? Errors)
{
    public int Failed => Tests.Count(t => !t.Passed);

    public TimeSpan Elapsed => TimeSpan.FromTicks(Tests.Sum(t => t.Elapsed.Ticks));
}
