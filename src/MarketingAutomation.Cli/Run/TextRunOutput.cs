using MarketingAutomation.Hosting.Reporting;
using MarketingAutomation.Runtime.Simulation;

namespace MarketingAutomation.Cli.Run;

/// <summary>The text report: header, then timeline lines as effects happen, then the summary tables.</summary>
internal sealed class TextRunOutput(TextWriter output, TimelineFormatter timeline, ITextStyler styler) : IRunOutput
{
    private int effects;

    public void Begin(RunHeader header)
    {
        foreach (var line in HeaderFormatter.Lines(header, styler))
        {
            output.WriteLine(line);
        }

        output.WriteLine();
    }

    public void Effect(TimelineEntry entry)
    {
        effects++;
        output.WriteLine(timeline.Format(entry));
    }

    public void End(RunSummary summary, DateTimeOffset? stoppedAt)
    {
        if (effects == 0)
        {
            output.WriteLine("Nothing happened: no journey was triggered.");
        }

        if (stoppedAt is { } at)
        {
            output.WriteLine();
            output.WriteLine(styler.Apply(TextStyle.Skip, $"Stopped at {ReportText.Minute(at)} UTC; the summary counts what happened until then."));
        }

        foreach (var line in SummaryFormatter.Lines(summary, styler))
        {
            output.WriteLine(line);
        }
    }

    public void Flush() => output.Flush();
}
