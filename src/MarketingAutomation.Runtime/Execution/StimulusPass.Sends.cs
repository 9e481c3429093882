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
                var open = ZonedTime.OutOfQuietHours(due, quiet, quiet.Utc ? TimeZoneInfo.Utc : context.Zone);
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
            state.Held.Add(new HeldSend(journey, Now, channel, template, arguments, due, Line, File, key));
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
        foreach (var option in options)
        {
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
        if (!executor.Schema.HasAddress(state.Profile, channel))
        {
            return "no " + channel.ToString().ToLowerInvariant() + " address";
        }

        return !transactional && state.Unsubscribed.Contains(channel) ? "unsubscribed from " + channel.ToString().ToLowerInvariant() : null;
    }

    private void Dispatch(string journey, Channel channel, string template, IReadOnlyList<Argument> arguments, bool transactional, string key)
    {
        if (!transactional)
        {
            foreach (var cap in Catalog.Policy.Caps)
            {
                if (cap.Channel == channel && SentWithin(channel, cap.Period) >= cap.Count)
                {
                    var rule = $"frequency cap: at most {cap.Count} {channel.ToString().ToLowerInvariant()} per {PlainText.Duration(cap.Period)}";
                    Record(new Effect(EffectKind.SendSkipped, Now, journey) { Channel = channel, Name = template, Detail = rule, Arguments = arguments, Key = key });
                    return;
                }
            }

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

        if (best < 0 || ZonedTime.LocalTime(Now, context.Zone).Hour == best)
        {
            return null;
        }

        return ZonedTime.NextLocalHour(Now, best, context.Zone);
    }

    private void ReleaseHeldSends()
    {
        if (state.Held.Count == 0)
        {
            return;
        }

        var due = state.Held.Where(h => h.Due <= Now).OrderBy(h => h.Due).ToList();
        foreach (var held in due)
        {
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

    private string NextKey() => state.ContactId + ":" + (++state.EffectCounter).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
