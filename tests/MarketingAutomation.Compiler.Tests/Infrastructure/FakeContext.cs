using MarketingAutomation.Runtime;

namespace MarketingAutomation.Compiler.Tests.Infrastructure;

/// <summary>A context whose clock, history and draws the test sets by hand.</summary>
internal sealed class FakeContext(ContactProfile profile) : IJourneyContext
{
    public DateTimeOffset Now { get; set; } = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public ContactProfile Profile { get; set; } = profile;

    public string? Stage { get; set; }

    public HashSet<string> OpenedTemplates { get; } = [];

    public double NextDraw { get; set; } = 0.1;

    public bool Opened(string template) => OpenedTemplates.Contains(template);

    public bool Clicked(string template) => false;

    public bool Received(string eventName) => false;

    public int Count(string eventName, TimeSpan? within) => 0;

    public decimal Sum(string eventName, TimeSpan? within, Func<EventData, decimal?> field) => 0;

    public EventData? Last(string eventName) => null;

    public decimal Score(string score) => 0;

    public bool HasTag(string tag) => false;

    public double Draw(string journey, string split) => NextDraw;

    public DateTimeOffset StartOfDay(DateOnly date, bool utc) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public DateTimeOffset NextTimeOfDay(TimeOnly time, bool utc, bool weekdaysOnly) => Now.AddDays(1);
}

/// <summary>Records effects as readable lines.</summary>
internal sealed class RecordingEffects : IJourneyEffects
{
    public List<string> Log { get; } = [];

    public void AtLine(int line)
    {
    }

    /// <summary>The values `set` steps reported, as the generated code passed them (typed, not plain).</summary>
    public List<(string Field, object? Value)> Attributes { get; } = [];

    public DateTimeOffset? Send(Channel channel, string template, IReadOnlyList<Argument> arguments, bool atBestTime)
    {
        Log.Add($"send {channel} {template}" + string.Concat(arguments.Select(a => $" {a.Name}={a.Value}")));
        return null;
    }

    public DateTimeOffset? SendPreferred(IReadOnlyList<SendOption> options, bool atBestTime)
    {
        Log.Add("send preferred");
        return null;
    }

    public void SetAttribute(string field, object? value)
    {
        Log.Add($"set {field}={value}");
        Attributes.Add((field, value));
    }

    public void Tag(string tag) => Log.Add("tag " + tag);

    public void Untag(string tag) => Log.Add("untag " + tag);

    public void ChangeScore(string score, decimal delta) => Log.Add($"score {score} {delta}");

    public void ChangeStage(string stage) => Log.Add("stage " + stage);

    public void Post(string connection, IReadOnlyList<Argument> payload) => Log.Add("post " + connection);

    public void NotifySales(string text, IReadOnlyList<Argument> eventFields) =>
        Log.Add("notify " + text + string.Concat(eventFields.Select(a => $" {a.Name}={a.Value}")));

    public void Emit(EventData @event, string recipient) => Log.Add($"emit {@event.EventName} to {recipient}");

    public void StartJourney(string journey) => Log.Add("start " + journey);

    public void SplitAssigned(string split, string arm) => Log.Add($"split {split}={arm}");

    public void GoalReached() => Log.Add("goal");

    public void Exit() => Log.Add("exit");
}
