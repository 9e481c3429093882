namespace MarketingAutomation.Hosting.Reporting;

/// <summary>
/// The summary after a run, as text: a row per journey (entries, outcomes, sends by channel),
/// then sends by template, then skipped sends by reason. Empty tables are left out.
/// </summary>
public static class SummaryFormatter
{
    public static IEnumerable<string> Lines(RunSummary summary, ITextStyler styler)
    {
        var channels = summary.Channels;
        string[] outcomes = ["entered", "active", "converted", "revenue", "exited", "completed", "failed", "sent"];
        var byJourney = new TextTable(1, [.. outcomes.Prepend("journey"), .. channels.Select(EffectDescription.ChannelName)]);
        foreach (var j in summary.Journeys)
        {
            object[] counts = [j.Journey, j.Entered, j.Active, j.Converted, j.Revenue, j.Exited, j.Completed, j.Failed, j.Sent];
            byJourney.Add([.. counts, .. channels.Select(c => (object)j.SentByChannel[(int)c])]);
        }

        var byTemplate = new TextTable(3, "journey", "template", "channel", "sent", "held", "skipped");
        var skipped = new TextTable(2, "journey", "reason", "skipped");
        foreach (var j in summary.Journeys)
        {
            foreach (var t in j.Templates)
            {
                byTemplate.Add(j.Journey, t.Template, EffectDescription.ChannelName(t.Channel), t.Sent, t.Held, t.Skipped);
            }

            foreach (var (reason, count) in j.SkippedByReason)
            {
                skipped.Add(j.Journey, reason, count);
            }
        }

        return Section("Journeys", byJourney, styler)
            .Concat(Section("Messages by template", byTemplate, styler))
            .Concat(Section("Skipped messages by reason", skipped, styler));
    }

    private static IEnumerable<string> Section(string title, TextTable table, ITextStyler styler)
    {
        if (table.RowCount == 0)
        {
            yield break;
        }

        yield return string.Empty;
        yield return styler.Apply(TextStyle.Heading, title);
        foreach (var line in table.Lines(styler))
        {
            yield return "  " + line;
        }
    }
}
