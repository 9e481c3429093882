using MarketingAutomation.Runtime;

namespace MarketingAutomation.Server.Deployments;

/// <summary>Effects nobody sees: for probing whether an older build's `wait for` filter accepts an event.</summary>
internal sealed class DiscardedEffects : IJourneyEffects
{
    public static DiscardedEffects Instance { get; } = new();

    public void AtLine(int line)
    {
    }

    public DateTimeOffset? Send(Channel channel, string template, IReadOnlyList<Argument> arguments, bool atBestTime) => null;

    public DateTimeOffset? SendPreferred(IReadOnlyList<SendOption> options, bool atBestTime) => null;

    public void SetAttribute(string field, object? value)
    {
    }

    public void Tag(string tag)
    {
    }

    public void Untag(string tag)
    {
    }

    public void ChangeScore(string score, decimal delta)
    {
    }

    public void ChangeStage(string stage)
    {
    }

    public void Post(string connection, IReadOnlyList<Argument> payload)
    {
    }

    public void NotifySales(string text, IReadOnlyList<Argument> eventFields)
    {
    }

    public void Emit(EventData @event, string recipient)
    {
    }

    public void StartJourney(string journey)
    {
    }

    public void SplitAssigned(string split, string arm)
    {
    }

    public void GoalReached()
    {
    }

    public void Exit()
    {
    }
}
