namespace MarketingAutomation.Runtime.Execution;

/// <summary>
/// What one journey run writes its effects to. Data changes (fields, tags, scores, stages) apply
/// to the contact at once, so later steps and other journeys in the same stimulus see them; sends
/// go through policy; everything is recorded as an <see cref="Effect"/>. A pass has one sink,
/// readied for each run (<see cref="Begin"/>): runs never nest.
/// </summary>
internal sealed class JourneyEffectSink(StimulusPass pass) : IJourneyEffects
{
    private string journey = string.Empty;

    public void Begin(string journeyName)
    {
        journey = journeyName;
        Exited = false;
    }

    public void AtLine(int line) => pass.Line = line;

    /// <summary>Set when the run executed `exit`.</summary>
    public bool Exited { get; private set; }

    public DateTimeOffset? Send(Channel channel, string template, IReadOnlyList<Argument> arguments, bool atBestTime) =>
        pass.Send(journey, channel, template, arguments, atBestTime);

    public DateTimeOffset? SendPreferred(IReadOnlyList<SendOption> options, bool atBestTime)
    {
        var choice = pass.Preferred(options);
        if (choice is null)
        {
            pass.Record(new Effect(EffectKind.SendSkipped, pass.Now, journey) { Channel = options[0].Channel, Name = options[0].Template, Detail = "no reachable channel among the preferred options" });
            return null;
        }

        return Send(choice.Channel, choice.Template, choice.Arguments, atBestTime);
    }

    public void SetAttribute(string field, object? value) => pass.SetField(journey, field, value);

    public void Tag(string tag) => pass.Tag(journey, tag, add: true);

    public void Untag(string tag) => pass.Tag(journey, tag, add: false);

    public void ChangeScore(string score, decimal delta) => pass.ChangeScore(journey, score, delta);

    public void ChangeStage(string stage) => pass.ChangeStage(journey, stage);

    public void Post(string connection, IReadOnlyList<Argument> payload) =>
        pass.Record(new Effect(EffectKind.Post, pass.Now, journey) { Name = connection, Arguments = payload });

    public void NotifySales(string text, IReadOnlyList<Argument> eventFields) =>
        pass.Record(new Effect(EffectKind.NotifySales, pass.Now, journey) { Detail = text, Arguments = eventFields });

    public void Emit(EventData @event, string recipient) =>
        pass.Record(new Effect(EffectKind.Emit, pass.Now, journey) { Name = @event.EventName, Event = @event, Recipient = recipient });

    public void StartJourney(string name) => pass.RequestStart(name);

    public void SplitAssigned(string split, string arm) =>
        pass.Record(new Effect(EffectKind.SplitAssigned, pass.Now, journey) { Name = split, Detail = arm });

    public void GoalReached() => pass.Record(new Effect(EffectKind.GoalReached, pass.Now, journey));

    public void Exit() => Exited = true;
}
