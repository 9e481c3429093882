using MarketingAutomation.Server.Grains;

namespace MarketingAutomation.Server.Ingest;

/// <summary>
/// The one way events enter the journeys: the events endpoint uses it, and so will tracking
/// (opens, clicks), unsubscribe links and bounce webhooks. Events are grouped by contact, keeping
/// their order; each contact's grain applies its own in order while contacts run in parallel.
/// The task completes when every event is durably applied (or found a duplicate).
/// </summary>
public sealed class IngestService(IGrainFactory grains)
{
    public async Task<IReadOnlyList<EventResult>> IngestAsync(IReadOnlyList<ContactEvent> events)
    {
        var results = new EventResult[events.Count];
        var byContact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            if (!byContact.TryGetValue(events[i].Contact, out var indexes))
            {
                byContact[events[i].Contact] = indexes = [];
            }

            indexes.Add(i);
        }

        await Task.WhenAll(byContact.Select(async group =>
        {
            var applied = await grains.GetGrain<IContactGrain>(group.Key).ApplyEventsAsync([.. group.Value.Select(i => events[i].Event)]);
            for (var j = 0; j < group.Value.Count; j++)
            {
                results[group.Value[j]] = applied[j];
            }
        }));
        return results;
    }
}
