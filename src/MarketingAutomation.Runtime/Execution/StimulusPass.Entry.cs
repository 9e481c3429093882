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
                TryEnter(journey, @event, "event " + @event.EventName);
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
        if (Find(info.Name) is not null)
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

        state.Entries[info.Name] = new EntryRecord((entered?.Count ?? 0) + 1, Now);
        state.Converting.RemoveAll(finished => finished.Journey == info.Name);
        var index = Effects.Count;
        Record(new Effect(EffectKind.Entered, Now, info.Name) { Detail = why });
        RunSteps(null, journey, sink =>
        {
            var started = journey.Start(trigger, context, sink);
            if (started.InHoldout)
            {
                Effects[index] = Effects[index] with { Detail = why + " (holdout: no sends)" };
            }

            return started;
        });
        return true;
    }
}
