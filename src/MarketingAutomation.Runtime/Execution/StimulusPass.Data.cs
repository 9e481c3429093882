namespace MarketingAutomation.Runtime.Execution;

/// <summary>What the contact did and what journeys changed: history, engagement, fields, tags, scores, stages.</summary>
internal sealed partial class StimulusPass
{
    private void RecordEvent(EventData @event)
    {
        TrimHistory();
        var history = state.History;
        var at = history.Count;
        while (at > 0 && history[at - 1].OccurredAt > @event.OccurredAt)
        {
            at--;
        }

        history.Insert(at, @event);
        state.LastActivity = state.LastActivity is { } last && last > Now ? last : Now;
        eventRecorded = true;
        dataChanged = true;
        switch (@event.EventName)
        {
            case "email.opened":
                Engaged(@event, Channel.Email, clicked: false);
                break;
            case "email.clicked":
                Engaged(@event, Channel.Email, clicked: true);
                break;
            case "push.opened":
                Engaged(@event, Channel.Push, clicked: false);
                break;
            case "sms.clicked":
                Engaged(@event, Channel.Sms, clicked: true);
                break;
            case "unsubscribed":
                Unsubscribe(@event);
                break;
        }
    }

    private void Engaged(EventData @event, Channel channel, bool clicked)
    {
        if (ReadText(@event, "template") is { Length: > 0 } template)
        {
            state.Opened = state.Opened.With(template);
            if (clicked)
            {
                state.Clicked = state.Clicked.With(template);
            }
        }

        state.EngagementByHour[ZonedTimeHour(@event.OccurredAt)]++;
        state.EngagementByChannel[(int)channel]++;
    }

    /// <summary>`unsubscribed` with a channel name stops that channel; without one (or `all`), every channel.</summary>
    private void Unsubscribe(EventData @event)
    {
        var channel = ReadText(@event, "channel");
        if (channel is not null && Enum.TryParse<Channel>(channel, ignoreCase: true, out var one) && Enum.IsDefined(one))
        {
            state.Unsubscribed = state.Unsubscribed.With(one);
            return;
        }

        state.Unsubscribed = ChannelSet.All;
    }

    private string? ReadText(EventData @event, string field)
    {
        try
        {
            return Catalog.ReadEventField(@event, field) as string;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private int ZonedTimeHour(DateTimeOffset moment) => Time.ZonedTime.LocalTime(moment, context.Zone).Hour;

    /// <summary>Changes one profile field: from a journey's `set` (journey named) or from outside (journey null).</summary>
    public void SetField(string? journey, string field, object? value)
    {
        try
        {
            state.Profile = Catalog.WithField(state.Profile, field, value);
        }
        catch (ArgumentException e)
        {
            Record(new Effect(EffectKind.Failed, Now, journey) { Name = field, Detail = e.Message });
            return;
        }

        profileChanged = true;
        dataChanged = true;
        Record(new Effect(EffectKind.SetAttribute, Now, journey) { Name = field, Detail = PlainText.Of(Catalog.ReadField(state.Profile, field)) });
    }

    public void Tag(string journey, string tag, bool add)
    {
        var tags = add ? state.Tags.With(tag) : state.Tags.Without(tag);
        if (tags.Count != state.Tags.Count)
        {
            state.Tags = tags;
            dataChanged = true;
        }

        Record(new Effect(add ? EffectKind.Tag : EffectKind.Untag, Now, journey) { Name = tag });
    }

    public void ChangeScore(string journey, string score, decimal delta) =>
        ScoreEffect(journey, score, delta, executor.Scores.Change(state, score, delta, Now));

    private void ScoreEffect(string? journey, string score, decimal delta, decimal total)
    {
        dataChanged = true;
        Record(new Effect(EffectKind.ScoreChanged, Now, journey) { Name = score, Amount = delta, Detail = PlainText.Of(total) });
    }

    /// <summary>Moves the contact to a stage; moving to the stage it is already on changes nothing.</summary>
    public void ChangeStage(string? journey, string stage)
    {
        if (state.Stage == stage)
        {
            return;
        }

        state.Stage = stage;
        state.StageHistory = state.StageHistory.Add(new StageChange(stage, Now, journey));
        dataChanged = true;
        pendingStages.Enqueue(stage);
        Record(new Effect(EffectKind.StageChanged, Now, journey) { Name = stage });
    }
}
