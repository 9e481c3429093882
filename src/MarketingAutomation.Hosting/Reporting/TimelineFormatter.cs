using System.Text;
using MarketingAutomation.Runtime.Simulation;

namespace MarketingAutomation.Hosting.Reporting;

/// <summary>
/// One timeline line per effect, in columns: time, contact, journey, what happened, and the
/// script line behind it. Widths are fixed up front (from the known contacts and journeys) so
/// lines can be printed as they happen, in a live run too.
/// </summary>
public sealed class TimelineFormatter
{
    /// <summary>Wider ids and names are printed whole and push the line out, rather than be cut.</summary>
    private const int MaxNameWidth = 32;

    /// <summary>Room for most descriptions, so the script locations after them line up.</summary>
    private const int WhatWidth = 52;

    /// <summary>Shown in the journey column for what no journey did: score rules, profile changes from the input.</summary>
    public const string NoJourney = "-";

    private readonly int contactWidth;
    private readonly int journeyWidth;
    private readonly ITextStyler styler;

    public TimelineFormatter(IEnumerable<string> contactIds, IEnumerable<string> journeys, ITextStyler styler)
    {
        contactWidth = Width(contactIds);
        journeyWidth = Width(journeys);
        this.styler = styler;
    }

    public string Format(TimelineEntry entry)
    {
        var effect = entry.Effect;
        var line = new StringBuilder();
        line.Append(styler.Apply(TextStyle.Dim, ReportText.Minute(effect.At))).Append("  ");
        line.Append(ReportText.Printable(entry.ContactId).PadRight(contactWidth)).Append("  ");
        line.Append((effect.Journey ?? NoJourney).PadRight(journeyWidth)).Append("  ");
        var what = EffectDescription.Of(effect);
        var location = EffectDescription.Location(effect);
        if (location is null)
        {
            return line.Append(styler.Apply(EffectDescription.StyleOf(effect.Kind), what)).ToString().TrimEnd();
        }

        // Pad outside the colour codes, so they do not count as width.
        line.Append(styler.Apply(EffectDescription.StyleOf(effect.Kind), what));
        line.Append(' ', Math.Max(2, WhatWidth - what.Length));
        return line.Append(styler.Apply(TextStyle.Dim, location)).ToString();
    }

    private static int Width(IEnumerable<string> names) =>
        Math.Min(MaxNameWidth, names.Select(n => n.Length).DefaultIfEmpty(NoJourney.Length).Max());
}
