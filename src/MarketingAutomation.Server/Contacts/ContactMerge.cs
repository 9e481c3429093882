using MarketingAutomation.Runtime;
using MarketingAutomation.Runtime.Execution;

namespace MarketingAutomation.Server.Contacts;

/// <summary>
/// The identify rule: an anonymous contact's history and journeys move to the known contact.
/// <list type="bullet">
/// <item>Profile: the known contact's values stay; a field it lacks (null) takes the anonymous value.</item>
/// <item>History, stage changes, sends (for caps): both, in time order. Opens, clicks, tags and
/// unsubscribed channels: both (an unsubscribe on either id counts). Scores: added up.</item>
/// <item>Journeys: an anonymous instance moves over, with its wait and held messages, unless the
/// known contact runs the same journey (one instance per journey: the known one stays). Entry
/// records add up, so `entry once` holds across both ids.</item>
/// <item>The stage is the known contact's, or the anonymous one's when the known has none.</item>
/// </list>
/// </summary>
internal static class ContactMerge
{
    public static void Into(ContactState known, ContactState anonymous, JourneyCatalog catalog)
    {
        var profile = known.Profile;
        foreach (var field in catalog.ContactFields)
        {
            if (catalog.ReadField(profile, field.Name) is null && catalog.ReadField(anonymous.Profile, field.Name) is { } value)
            {
                profile = catalog.WithField(profile, field.Name, value);
            }
        }

        known.Profile = profile;
        known.Stage ??= anonymous.Stage;
        known.StageHistory = [.. InTimeOrder(known.StageHistory, anonymous.StageHistory, c => c.At)];
        Merge(known.History, anonymous.History, e => e.OccurredAt);
        Merge(known.Sent, anonymous.Sent, s => s.At);
        known.Tags = known.Tags.Union(anonymous.Tags);
        known.Opened = known.Opened.Union(anonymous.Opened);
        known.Clicked = known.Clicked.Union(anonymous.Clicked);
        known.Unsubscribed = known.Unsubscribed.Union(anonymous.Unsubscribed);
        for (var i = 0; i < known.EngagementByHour.Length; i++)
        {
            known.EngagementByHour[i] += anonymous.EngagementByHour[i];
        }

        for (var i = 0; i < known.EngagementByChannel.Length; i++)
        {
            known.EngagementByChannel[i] += anonymous.EngagementByChannel[i];
        }

        foreach (var (name, score) in anonymous.Scores)
        {
            if (known.Scores.TryGetValue(name, out var mine))
            {
                mine.Points += score.Points;
            }
            else
            {
                known.Scores[name] = score;
            }
        }

        MoveJourneys(known, anonymous);
        known.LastActivity = Later(known.LastActivity, anonymous.LastActivity);
        known.FirstSeen = known.FirstSeen is { } a && anonymous.FirstSeen is { } b ? (a < b ? a : b) : known.FirstSeen ?? anonymous.FirstSeen;
        known.EffectCounter = Math.Max(known.EffectCounter, anonymous.EffectCounter);
    }

    private static void MoveJourneys(ContactState known, ContactState anonymous)
    {
        var running = known.Instances.Select(i => i.Journey).ToHashSet(StringComparer.Ordinal);
        foreach (var instance in anonymous.Instances.Where(i => !running.Contains(i.Journey)))
        {
            known.Instances.Add(instance);
            known.Held.AddRange(anonymous.Held.Where(h => h.Journey == instance.Journey));
        }

        foreach (var finished in anonymous.Converting.Where(c => known.Converting.All(k => k.Journey != c.Journey)))
        {
            known.Converting = known.Converting.Add(finished);
        }

        foreach (var (journey, entry) in anonymous.Entries)
        {
            known.Entries[journey] = known.Entries.TryGetValue(journey, out var mine)
                ? new EntryRecord(mine.Count + entry.Count, mine.LastEntered > entry.LastEntered ? mine.LastEntered : entry.LastEntered)
                : entry;
        }

        foreach (var (journey, fired) in anonymous.TriggerFired)
        {
            known.TriggerFired.TryAdd(journey, fired);
        }
    }

    private static void Merge<T>(List<T> into, IEnumerable<T> more, Func<T, DateTimeOffset> at)
    {
        var all = InTimeOrder(into, more, at).ToList();
        into.Clear();
        into.AddRange(all);
    }

    private static IEnumerable<T> InTimeOrder<T>(IEnumerable<T> mine, IEnumerable<T> more, Func<T, DateTimeOffset> at) => mine.Concat(more).OrderBy(at);

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
