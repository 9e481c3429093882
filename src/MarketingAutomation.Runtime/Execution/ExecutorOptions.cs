namespace MarketingAutomation.Runtime.Execution;

/// <summary>How an <see cref="Executor"/> runs a workspace.</summary>
public sealed record ExecutorOptions
{
    /// <summary>
    /// When set, only these journeys enter contacts through their triggers (`start journey` still
    /// starts any journey). A journey test runs the journey under test this way, with the rest of
    /// the workspace (scores, segments, stages) live around it.
    /// </summary>
    public IReadOnlySet<string>? TriggeredJourneys { get; init; }

    /// <summary>
    /// Keeps every contact out of journeys' holdouts. Journey tests run this way: a contact in the
    /// control group gets no sends, so a test of it would have nothing to check.
    /// </summary>
    public bool NoHoldouts { get; init; }

    /// <summary>How many rounds of knock-on triggers one stimulus may cause (a journey's tag entering a segment that starts another journey, and so on).</summary>
    public int CascadeLimit { get; init; } = 16;

    /// <summary>
    /// Finds the compiled code of an instance that started on another version of its journey, by
    /// journey name and version. A server that deploys new builds keeps the old ones loaded while
    /// their instances run, and answers here; null (or a null answer) runs every instance on this
    /// executor's own build. Consulted only when the versions differ, so one build costs nothing.
    /// </summary>
    public Func<string, string, CompiledJourney?>? ResolveJourney { get; init; }
}
