namespace MarketingAutomation.Runtime.Execution;

/// <summary>
/// Scores: rules that add points for events (with `max N per D` caps), and decay. Decay is
/// applied lazily in whole periods when a score is read or changed, so a sleeping contact needs
/// no timer for it and the result does not depend on when the contact was last woken.
/// </summary>
internal sealed class ScoreKeeper
{
    private readonly Dictionary<string, List<(int Index, ScoreRule Rule)>> rulesByEvent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScoreDecay> decays = new(StringComparer.Ordinal);

    public ScoreKeeper(JourneyCatalog catalog)
    {
        for (var i = 0; i < catalog.ScoreRules.Count; i++)
        {
            var rule = catalog.ScoreRules[i];
            if (!rulesByEvent.TryGetValue(rule.EventName, out var list))
            {
                rulesByEvent[rule.EventName] = list = [];
            }

            list.Add((i, rule));
        }

        foreach (var decay in catalog.ScoreDecays)
        {
            decays[decay.Score] = decay;
        }
    }

    public decimal Read(ContactState state, string score, DateTimeOffset now) =>
        state.Scores.TryGetValue(score, out var s) ? Decayed(s, score, now) : 0m;

    /// <summary>Adds points (after decay) and returns the new total.</summary>
    public decimal Change(ContactState state, string score, decimal delta, DateTimeOffset now)
    {
        var s = Get(state, score, now);
        Decayed(s, score, now);
        s.Points += delta;
        return s.Points;
    }

    /// <summary>Applies every rule the event matches; reports each change.</summary>
    public void Apply(ContactState state, EventData @event, IJourneyContext context, Action<string, decimal, decimal> changed)
    {
        if (!rulesByEvent.TryGetValue(@event.EventName, out var rules))
        {
            return;
        }

        var now = context.Now;
        for (var r = 0; r < rules.Count; r++)
        {
            var (index, rule) = rules[r];
            if (!rule.Matches(@event, context))
            {
                continue;
            }

            var s = Get(state, rule.Score, now);
            if (rule.CapCount is { } cap && rule.CapPeriod is { } period)
            {
                var hits = s.RuleHits ??= [];
                if (KeepHitsAfter(hits, index, now - period) >= cap)
                {
                    continue;
                }

                hits.Add(new RuleHit(index, now));
            }

            changed(rule.Score, rule.Points, Change(state, rule.Score, rule.Points, now));
        }
    }

    /// <summary>
    /// Drops the hits of <paramref name="rule"/> that left its cap's window and returns how many
    /// it has left (a loop, not RemoveAll: no closure per event).
    /// </summary>
    private static int KeepHitsAfter(List<RuleHit> hits, int rule, DateTimeOffset horizon)
    {
        var kept = 0;
        var left = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Rule == rule)
            {
                if (hit.At <= horizon)
                {
                    continue;
                }

                left++;
            }

            hits[kept++] = hit;
        }

        hits.RemoveRange(kept, hits.Count - kept);
        return left;
    }

    private static ScoreState Get(ContactState state, string score, DateTimeOffset now)
    {
        if (!state.Scores.TryGetValue(score, out var s))
        {
            state.Scores[score] = s = new ScoreState { DecayedAt = now };
        }

        return s;
    }

    private decimal Decayed(ScoreState s, string score, DateTimeOffset now)
    {
        if (!decays.TryGetValue(score, out var decay) || decay.Period <= TimeSpan.Zero || now <= s.DecayedAt)
        {
            return s.Points;
        }

        var periods = (now - s.DecayedAt).Ticks / decay.Period.Ticks;
        if (periods > 0)
        {
            var keep = 1m - decay.Percent / 100m;
            for (var i = 0; i < periods && s.Points != 0m; i++)
            {
                s.Points = decimal.Round(s.Points * keep, 4);
            }

            s.DecayedAt += TimeSpan.FromTicks(decay.Period.Ticks * periods);
        }

        return s.Points;
    }
}
