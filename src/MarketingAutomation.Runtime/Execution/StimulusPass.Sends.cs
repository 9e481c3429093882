using MarketingAutomation.Runtime.Time;

namespace MarketingAutomation.Runtime.Execution;

/// <summary>
/// Sends and the workspace policy. Transactional templates skip consent, quiet hours and caps;
/// every message needs an address. Quiet hours and `at best time` hold a message back; a frequency
/// cap skips it (a capped marketing message is dropped, not queued: a late promotion is worse than
/// none). A held message re-checks the journey's exit criteria, consent and caps when it is due.
/// </summary>
internal sealed partial class StimulusPass
{
    private readonly List<HeldSend> dueHeld = [];

    /// <summary>Answers to zoned-time questions other contacts asked before (see <see cref="ZoneMemo"/>).</summary>
    private readonly ZoneMemo zoneMemo = new();

    public DateTimeOffset? Send(string journey, Channel channel, string template, IReadOnlyList<Argument> arguments, bool atBestTime)
    {
        var transactional = Catalog.Templates.TryGetValue(template, out var info) && info.Transactional;
        if (Blocked(channel, transactional) is { } reason)
        {
            Record(new Effect(EffectKind.SendSkipped, Now, journey) { Channel = channel, Name = template, Detail = reason, Arguments = arguments });
            return null;
        }

        var due = Now;
        var why = (string?)null;
        if (!transactional)
        {
            if (atBestTime && BestTime() is { } best && best > due)
            {
                due = best;
                why = "at best time";
            }

            if (Catalog.Policy.QuietHours is { } quiet)
            {
                var open = zoneMemo.OutOfQuietHours(due, quiet, quiet.Utc ? TimeZoneInfo.Utc : context.Zone);
                if (open > due)
                {
                    due = open;
                    why = "quiet hours";
                }
            }
        }

        var key = NextKey();
        if (due > Now)
        {
            ValueLists.AddGrowingByOne(state.Held, new HeldSend(journey, channel, template, arguments, due, Line, File, key));
            Record(new Effect(EffectKind.SendHeld, Now, journey) { Channel = channel, Name = template, Detail = why, Until = due, Arguments = arguments, Key = key });
            return due;
        }

        Dispatch(journey, channel, template, arguments, transactional, key);
        return null;
    }

    /// <summary>`send preferred`: the reachable option on the channel the contact engages with most (ties: the order written).</summary>
    public SendOption? Preferred(IReadOnlyList<SendOption> options)
    {
        SendOption? best = null;
        var bestScore = -1;
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i];
            var transactional = Catalog.Templates.TryGetValue(option.Template, out var info) && info.Transactional;
            if (Blocked(option.Channel, transactional) is not null)
            {
                continue;
            }

            var score = state.EngagementByChannel[(int)option.Channel];
            if (score > bestScore)
            {
                best = option;
                bestScore = score;
            }
        }

        return best;
    }

    private string? Blocked(Channel channel, bool transactional)
    {
        if (!executor.Schema.FactsOf(state).HasAddress(channel))
        {
            return Reason(NoAddress, channel, "no {0} address");
        }

        return !transactional && state.Unsubscribed.Contains(channel) ? Reason(Unsubscribed, channel, "unsubscribed from {0}") : null;
    }

    // The reasons a send is skipped, per channel (indexed by its value), written once rather than on every skip.
    private static readonly string?[] NoAddress = Reasons("no {0} address");
    private static readonly string?[] Unsubscribed = Reasons("unsubscribed from {0}");

    private static string?[] Reasons(string format)
    {
        var channels = Enum.GetValues<Channel>();
        var reasons = new string?[channels.Max(c => (int)c) + 1];
        foreach (var channel in channels)
        {
            reasons[(int)channel] = Reason([], channel, format);
        }

        return reasons;
    }

    private static string Reason(string?[] reasons, Channel channel, string format) =>
        (uint)channel < (uint)reasons.Length && reasons[(int)channel] is { } known
            ? known
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, channel.ToString().ToLowerInvariant());

    private void Dispatch(string journey, Channel channel, string template, IReadOnlyList<Argument> arguments, bool transactional, string key)
    {
        if (!transactional)
        {
            var caps = Catalog.Policy.Caps;
            for (var i = 0; i < caps.Count; i++)
            {
                var cap = caps[i];
                if (cap.Channel == channel && SentWithin(channel, cap.Period) >= cap.Count)
                {
                    Record(new Effect(EffectKind.SendSkipped, Now, journey) { Channel = channel, Name = template, Detail = executor.CapRules[i], Arguments = arguments, Key = key });
                    return;
                }
            }

            TrimSent();
            state.Sent.Add(new SentMessage(channel, Now));
        }

        Record(new Effect(EffectKind.Send, Now, journey) { Channel = channel, Name = template, Arguments = arguments, Key = key, Detail = transactional ? "transactional" : null });
    }

    private int SentWithin(Channel channel, TimeSpan period)
    {
        var since = Now - period;
        var count = 0;
        foreach (var sent in state.Sent)
        {
            if (sent.Channel == channel && sent.At > since)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The next start of the local hour in which the contact opens and clicks most; null without engagement history.</summary>
    private DateTimeOffset? BestTime()
    {
        var hours = state.EngagementByHour;
        var best = -1;
        for (var h = 0; h < hours.Length; h++)
        {
            if (hours[h] > 0 && (best < 0 || hours[h] > hours[best]))
            {
                best = h;
            }
        }

        if (best < 0 || ZonedTimeHour(Now) == best)
        {
            return null;
        }

        return zoneMemo.NextLocalHour(Now, best, context.Zone);
    }

    private void ReleaseHeldSends()
    {
        if (state.Held.Count == 0)
        {
            return;
        }

        // The due messages, earliest first (ties in the order they were held): a stable insertion
        // sort into the pass's own list, as there are only ever a few.
        var due = dueHeld;
        due.Clear();
        foreach (var held in state.Held)
        {
            if (held.Due > Now)
            {
                continue;
            }

            var at = due.Count;
            while (at > 0 && due[at - 1].Due > held.Due)
            {
                at--;
            }

            due.Insert(at, held);
        }

        foreach (var held in due)
        {
            // Gone already if the journey was left meanwhile (see DropHeld).
            if (!state.Held.Remove(held))
            {
                continue;
            }

            if (Find(held.Journey) is { } instance && executor.CodeFor(instance) is { } code && GoalOrLeave(instance, code, null))
            {
                Record(new Effect(EffectKind.SendSkipped, Now, held.Journey) { Channel = held.Channel, Name = held.Template, Detail = "left the journey before the message was due", Key = held.Key });
                continue;
            }

            var transactional = Catalog.Templates.TryGetValue(held.Template, out var info) && info.Transactional;
            if (Blocked(held.Channel, transactional) is { } reason)
            {
                Record(new Effect(EffectKind.SendSkipped, Now, held.Journey) { Channel = held.Channel, Name = held.Template, Detail = reason, Key = held.Key });
                continue;
            }

            Line = held.Line;
            File = held.File;
            Dispatch(held.Journey, held.Channel, held.Template, held.Arguments, transactional, held.Key);
            Line = 0;
        }

        // The list outlives the stimulus: it must not keep the messages alive.
        due.Clear();
    }

    /// <summary>Drops the held messages of a journey the contact left, saying so in the timeline.</summary>
    private void DropHeld(string journey, string reason)
    {
        for (var i = state.Held.Count - 1; i >= 0; i--)
        {
            var held = state.Held[i];
            if (held.Journey == journey)
            {
                state.Held.RemoveAt(i);
                Record(new Effect(EffectKind.SendSkipped, Now, journey) { Channel = held.Channel, Name = held.Template, Detail = reason, Key = held.Key });
            }
        }
    }

    /// <summary>The next stable effect key, such as `c42:7` (formatted in place: one string, not three).</summary>
    private string NextKey() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{state.ContactId}:{++state.EffectCounter}");
}
