using MarketingAutomation.Runtime;

namespace MarketingAutomation.Hosting.Reporting;

/// <summary>What happened in one journey over a run: the numbers of its summary row.</summary>
public sealed class JourneyTally(string journey)
{
    private readonly Dictionary<(string Template, Channel Channel), TemplateTally> templates = [];
    private readonly Dictionary<string, int> skippedByReason = new(StringComparer.Ordinal);

    public string Journey { get; } = journey;

    public int Entered { get; internal set; }

    /// <summary>Instances still running or waiting when the run ended.</summary>
    public int Active { get; internal set; }

    /// <summary>Reached the goal (which also ends the instance; those exits are not counted in <see cref="Exited"/>).</summary>
    public int Converted { get; internal set; }

    /// <summary>The goal events' revenue (their first money field), summed.</summary>
    public decimal Revenue { get; internal set; }

    /// <summary>Left through `exit` or a `leave when`.</summary>
    public int Exited { get; internal set; }

    public int Completed { get; internal set; }

    public int Failed { get; internal set; }

    public int[] SentByChannel { get; } = new int[Enum.GetValues<Channel>().Length];

    public int Sent => SentByChannel.Sum();

    /// <summary>Per template and channel, ordered by template name.</summary>
    public IReadOnlyList<TemplateTally> Templates =>
        templates.Values.OrderBy(t => t.Template, StringComparer.Ordinal).ThenBy(t => t.Channel).ToList();

    /// <summary>Skipped sends by reason, most frequent first.</summary>
    public IReadOnlyList<(string Reason, int Count)> SkippedByReason =>
        skippedByReason.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value)).ToList();

    internal TemplateTally Template(string template, Channel channel)
    {
        if (!templates.TryGetValue((template, channel), out var tally))
        {
            templates[(template, channel)] = tally = new TemplateTally(template, channel);
        }

        return tally;
    }

    internal void Skipped(string reason) => skippedByReason[reason] = skippedByReason.GetValueOrDefault(reason) + 1;
}

/// <summary>What became of one template's messages in one journey.</summary>
public sealed class TemplateTally(string template, Channel channel)
{
    public string Template { get; } = template;

    public Channel Channel { get; } = channel;

    public int Sent { get; internal set; }

    /// <summary>Held for quiet hours or the best time (each is later sent or skipped, and counted there too).</summary>
    public int Held { get; internal set; }

    public int Skipped { get; internal set; }
}
