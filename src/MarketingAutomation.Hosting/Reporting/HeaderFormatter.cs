using MarketingAutomation.Runtime;

namespace MarketingAutomation.Hosting.Reporting;

/// <summary>The text header of a run: workspace, input files and counts, time range, skipped lines.</summary>
public static class HeaderFormatter
{
    public static IEnumerable<string> Lines(RunHeader header, ITextStyler styler)
    {
        var sample = header.SampleInputs ? " (sample)" : string.Empty;
        yield return styler.Apply(TextStyle.Heading, $"Run of {header.Workspace}");
        yield return "  contacts  " + (header.ContactsFile is { } contacts
            ? $"{contacts}{sample}: {ReportText.Count(header.Contacts, "contact")}"
            : "(no file)");
        yield return "  events    " + (header.EventsFile is { } events
            ? $"{events}{sample}: {ReportText.Count(header.Events - header.ProfileChanges, "event")}, {ReportText.Count(header.ProfileChanges, "profile change")}"
            : "(no file)");
        var clock = header.Realtime ? "real time, 1 second per second" : "virtual time";
        yield return $"  time      {ReportText.Minute(header.Start)} → {ReportText.Minute(header.End)} UTC ({PlainText.Duration(header.After)} after the last input; {clock})";
        if (header.LinesSkipped > 0)
        {
            yield return styler.Apply(TextStyle.Skip, $"  skipped   {ReportText.Count(header.LinesSkipped, "bad line")} (listed on stderr)");
        }
    }
}
