using MarketingAutomation.Runtime;

namespace MarketingAutomation.Server.Deployments;

/// <summary>What an older build's steps do, handed to the current executor in the current build's terms (plain values, current event types).</summary>
internal sealed class BridgedEffects(IJourneyEffects inner, CatalogBridge toCurrent) : IJourneyEffects
{
    public void AtLine(int line) => inner.AtLine(line);

    public DateTimeOffset? Send(Channel channel, string template, IReadOnlyList<Argument> arguments, bool atBestTime) =>
        inner.Send(channel, template, toCurrent.Arguments(arguments), atBestTime);

    public DateTimeOffset? SendPreferred(IReadOnlyList<SendOption> options, bool atBestTime) =>
        inner.SendPreferred([.. options.Select(o => o with { Arguments = toCurrent.Arguments(o.Arguments) })], atBestTime);

    public void SetAttribute(string field, object? value) => inner.SetAttribute(field, toCurrent.From.Plain(value));

    public void Tag(string tag) => inner.Tag(tag);

    public void Untag(string tag) => inner.Untag(tag);

    public void ChangeScore(string score, decimal delta) => inner.ChangeScore(score, delta);

    public void ChangeStage(string stage) => inner.ChangeStage(stage);

    public void Post(string connection, IReadOnlyList<Argument> payload) => inner.Post(connection, toCurrent.Arguments(payload));

    public void NotifySales(string text, IReadOnlyList<Argument> eventFields) => inner.NotifySales(text, eventFields);

    public void Emit(EventData @event, string recipient)
    {
        // An event the current build no longer declares cannot be delivered to anyone; say so.
        if (toCurrent.Event(@event) is { } current)
        {
            inner.Emit(current, recipient);
        }
        else
        {
            inner.NotifySales($"could not emit {@event.EventName} to {recipient}: the current deployment does not declare it", []);
        }
    }

    public void StartJourney(string journey) => inner.StartJourney(journey);

    public void SplitAssigned(string split, string arm) => inner.SplitAssigned(split, arm);

    public void GoalReached() => inner.GoalReached();

    public void Exit() => inner.Exit();
}
