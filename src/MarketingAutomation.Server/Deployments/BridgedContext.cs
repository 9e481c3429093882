using MarketingAutomation.Runtime;

namespace MarketingAutomation.Server.Deployments;

/// <summary>The executor's context as an older build sees it: the profile and events in that build's types; everything else as it is.</summary>
internal sealed class BridgedContext(IJourneyContext inner, CatalogBridge toOld) : IJourneyContext
{
    public DateTimeOffset Now => inner.Now;

    public DateOnly Today => inner.Today;

    public ContactProfile Profile => toOld.Profile(inner.Profile);

    public string? Stage => inner.Stage;

    public bool Opened(string template) => inner.Opened(template);

    public bool Clicked(string template) => inner.Clicked(template);

    public bool Received(string eventName) => inner.Received(eventName);

    public int Count(string eventName, TimeSpan? within) => inner.Count(eventName, within);

    public decimal Sum(string eventName, TimeSpan? within, Func<EventData, decimal?> field) =>
        inner.Sum(eventName, within, e => toOld.Event(e) is { } old ? field(old) : null);

    public EventData? Last(string eventName) => toOld.Event(inner.Last(eventName));

    public decimal Score(string score) => inner.Score(score);

    public bool HasTag(string tag) => inner.HasTag(tag);

    public double Draw(string journey, string split) => inner.Draw(journey, split);

    public DateTimeOffset StartOfDay(DateOnly date, bool utc) => inner.StartOfDay(date, utc);

    public DateTimeOffset NextTimeOfDay(TimeOnly time, bool utc, bool weekdaysOnly) => inner.NextTimeOfDay(time, utc, weekdaysOnly);
}
