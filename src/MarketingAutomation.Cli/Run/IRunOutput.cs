using MarketingAutomation.Hosting.Reporting;
using MarketingAutomation.Runtime.Simulation;

namespace MarketingAutomation.Cli.Run;

/// <summary>Where a run's report goes, in the order things happen: the header, each effect, the summary.</summary>
internal interface IRunOutput
{
    void Begin(RunHeader header);

    void Effect(TimelineEntry entry);

    /// <summary>After the last moment processed (also after Ctrl+C, with <paramref name="stoppedAt"/> set).</summary>
    void End(RunSummary summary, DateTimeOffset? stoppedAt);

    /// <summary>Pushes what was written so far to the terminal or pipe (a live run calls it after each moment).</summary>
    void Flush();
}
