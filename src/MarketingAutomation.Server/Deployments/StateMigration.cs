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
            // Sets and immutable arrays are values: sharing them with the old state is safe.
            Tags = old.Tags,
            Stage = old.Stage,
            StageHistory = old.StageHistory,
            Opened = old.Opened,
            Clicked = old.Clicked,
            Unsubscribed = old.Unsubscribed,
            LastActivity = old.LastActivity,
            FirstSeen = old.FirstSeen,
            Converting = [.. old.Converting.Select(toCurrent.Instance)],
            Segments = old.Segments,
            SegmentsRecheckAt = old.SegmentsRecheckAt,
            EffectCounter = old.EffectCounter,
        };
        foreach (var (name, score) in old.Scores)
        {
            state.Scores[name] = score;
        }

        state.History.AddRange(old.History.Select(toCurrent.Event).OfType<Runtime.EventData>());
        old.EngagementByHour.CopyTo(state.EngagementByHour, 0);
        old.EngagementByChannel.CopyTo(state.EngagementByChannel, 0);
        state.Instances.AddRange(old.Instances.Select(toCurrent.Instance));
        foreach (var (journey, entry) in old.Entries)
        {
            state.Entries[journey] = entry;
        }

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
