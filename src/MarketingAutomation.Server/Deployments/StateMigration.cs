using MarketingAutomation.Runtime.Execution;

namespace MarketingAutomation.Server.Deployments;

/// <summary>
/// A contact's state read under an older build, rewritten in the current build's types, so the
/// current build's serializer can store it. Everything the runtime keeps is copied; the profile
/// and events cross the bridge (events the current build no longer declares leave the history).
/// The instances keep their versions: they go on running on the build they started with.
/// </summary>
internal static class StateMigration
{
    public static ContactState Migrate(ContactState old, CatalogBridge toCurrent)
    {
        var state = new ContactState(toCurrent.Profile(old.Profile))
        {
            Stage = old.Stage,
            LastActivity = old.LastActivity,
            FirstSeen = old.FirstSeen,
            SegmentsRecheckAt = old.SegmentsRecheckAt,
            EffectCounter = old.EffectCounter,
        };
        state.Tags.UnionWith(old.Tags);
        foreach (var (name, score) in old.Scores)
        {
            state.Scores[name] = score;
        }

        state.StageHistory.AddRange(old.StageHistory);
        state.History.AddRange(old.History.Select(toCurrent.Event).OfType<Runtime.EventData>());
        state.Opened.UnionWith(old.Opened);
        state.Clicked.UnionWith(old.Clicked);
        old.EngagementByHour.CopyTo(state.EngagementByHour, 0);
        old.EngagementByChannel.CopyTo(state.EngagementByChannel, 0);
        state.Unsubscribed.UnionWith(old.Unsubscribed);
        state.Instances.AddRange(old.Instances.Select(toCurrent.Instance));
        state.Converting.AddRange(old.Converting.Select(toCurrent.Instance));
        foreach (var (journey, entry) in old.Entries)
        {
            state.Entries[journey] = entry;
        }

        state.Segments.UnionWith(old.Segments);
        state.Sent.AddRange(old.Sent);
        state.Held.AddRange(old.Held.Select(h => h with { Arguments = toCurrent.Arguments(h.Arguments) }));
        foreach (var (journey, due) in old.TriggerDue)
        {
            state.TriggerDue[journey] = due;
        }

        foreach (var (journey, fired) in old.TriggerFired)
        {
            state.TriggerFired[journey] = fired;
        }

        return state;
    }
}
