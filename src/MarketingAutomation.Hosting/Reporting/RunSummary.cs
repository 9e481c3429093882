using MarketingAutomation.Runtime;
using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Runtime.Simulation;

namespace MarketingAutomation.Hosting.Reporting;

/// <summary>
/// Counts a run's effects per journey as they happen, then the instances left waiting at the end.
/// Journeys are listed in the order given (the catalog's), so a journey nothing triggered still
/// shows, with zeros: that is often the finding.
/// </summary>
public sealed class RunSummary
{
    private readonly Dictionary<string, JourneyTally> journeys = new(StringComparer.Ordinal);
    private readonly List<JourneyTally> order = [];

    /// <summary>Instances whose goal was just reached: the exit that follows is the conversion's, not a separate exit.</summary>
    private readonly HashSet<(string Contact, string Journey)> converting = [];

    public RunSummary(IEnumerable<string> journeyNames)
    {
        foreach (var name in journeyNames)
        {
            Tally(name);
        }
    }

    public IReadOnlyList<JourneyTally> Journeys => order;

    /// <summary>The channels anything was sent on, in a fixed order: the summary's send columns.</summary>
    public IReadOnlyList<Channel> Channels =>
        Enum.GetValues<Channel>().Where(c => order.Any(j => j.SentByChannel[(int)c] > 0)).ToList();

    public void Add(TimelineEntry entry)
    {
        var effect = entry.Effect;
        if (effect.Journey is not { } name)
        {
            return;
        }

        var tally = Tally(name);
        switch (effect.Kind)
        {
            case EffectKind.Entered:
                tally.Entered++;
                break;
            case EffectKind.Send when effect.Channel is { } channel:
                tally.SentByChannel[(int)channel]++;
                tally.Template(effect.Name ?? "?", channel).Sent++;
                break;
            case EffectKind.SendHeld when effect.Channel is { } channel:
                tally.Template(effect.Name ?? "?", channel).Held++;
                break;
            case EffectKind.SendSkipped when effect.Channel is { } channel:
                tally.Template(effect.Name ?? "?", channel).Skipped++;
                tally.Skipped(effect.Detail ?? "policy");
                break;
            case EffectKind.GoalReached:
                tally.Converted++;
                tally.Revenue += effect.Amount ?? 0;
                converting.Add((entry.ContactId, name));
                break;
            case EffectKind.Exited:
                if (!converting.Remove((entry.ContactId, name)))
                {
                    tally.Exited++;
                }

                break;
            case EffectKind.Completed:
                tally.Completed++;
                break;
            case EffectKind.Failed:
                tally.Failed++;
                break;
        }
    }

    /// <summary>Counts the instances still active in the contacts' final states.</summary>
    public void CountActive(IEnumerable<ContactState> contacts)
    {
        foreach (var journey in order)
        {
            journey.Active = 0;
        }

        foreach (var instance in contacts.SelectMany(c => c.Instances))
        {
            if (instance.Status == JourneyStatus.Active)
            {
                Tally(instance.Journey).Active++;
            }
        }
    }

    private JourneyTally Tally(string name)
    {
        if (!journeys.TryGetValue(name, out var tally))
        {
            journeys[name] = tally = new JourneyTally(name);
            order.Add(tally);
        }

        return tally;
    }
}
