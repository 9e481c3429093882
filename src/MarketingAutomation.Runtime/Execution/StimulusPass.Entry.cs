namespace MarketingAutomation.Runtime.Execution;

/// <summary>Entering journeys: triggers and entry rules.</summary>
internal sealed partial class StimulusPass
{
    private void EnterOnEvent(EventData @event)
    {
        if (!executor.ByEvent.TryGetValue(@event.EventName, out var journeys))
        {
            return;
        }

        string? why = null;
        foreach (var journey in journeys)
        {
            bool matches;
            try
            {
                matches = journey.TriggerMatches(@event, context);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Record(new Effect(EffectKind.Failed, Now, journey.Info.Name) { Detail = "trigger filter: " + e.Message });
                continue;
            }

            if (matches)
            {
                TryEnter(journey, @event, why ??= "event " + @event.EventName);
            }
        }
    }

    /// <summary>
    /// Enters the contact unless the entry rule forbids it. A contact is in at most one instance of
    /// a journey at a time: a trigger while the journey runs is ignored.
    /// </summary>
    private bool TryEnter(CompiledJourney journey, EventData? trigger, string why)
    {
        var info = journey.Info;
        if (IndexOf(info.Name) >= 0)
        {
            return false;
        }

        if (state.Entries.TryGetValue(info.Name, out var entered))
        {
            if (info.EntryOnce || (info.MinimumReentryGap is { } gap && Now - entered.LastEntered < gap))
            {
                return false;
            }
        }

        state.Entries[info.Name] = new EntryRecord(entered.Count + 1, Now);
        for (var i = state.Converting.Length - 1; i >= 0; i--)
        {
            if (state.Converting[i].Journey == info.Name)
            {
                state.Converting = state.Converting.RemoveAt(i);
            }
        }

        var index = Effects.Count;
        Record(new Effect(EffectKind.Entered, Now, info.Name) { Detail = why });
        if (RunSteps(null, journey, trigger, null) is { InHoldout: true })
        {
            Effects[index] = Effects[index] with { Detail = why + " (holdout: no sends)" };
        }

        return true;
    }
}
