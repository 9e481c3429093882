using MarketingAutomation.Cli.Output;
using MarketingAutomation.Hosting.Input;
using MarketingAutomation.Hosting.Reporting;
using MarketingAutomation.Runtime.Simulation;

namespace MarketingAutomation.Cli.Run;

/// <summary>The JSON report: one document written at the end (see <see cref="RunJsonWriter"/>).</summary>
internal sealed class JsonRunOutput(TextWriter output, IReadOnlyList<InputProblem> problems, Func<object?, object?> plain) : IRunOutput
{
    private readonly List<TimelineEntry> timeline = [];
    private RunHeader? header;

    public void Begin(RunHeader runHeader) => header = runHeader;

    public void Effect(TimelineEntry entry) => timeline.Add(entry);

    public void End(RunSummary summary, DateTimeOffset? stoppedAt)
    {
        var begun = header ?? throw new InvalidOperationException("The run ended before it began.");
        JsonOutput.Write(output, json => RunJsonWriter.Write(json, begun, timeline, summary, problems, stoppedAt, plain));
    }

    // One document at the end: nothing to push before it.
    public void Flush()
    {
    }
}
