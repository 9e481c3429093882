using MarketingAutomation.Runtime.Time;

namespace MarketingAutomation.Runtime.Execution;

/// <summary>
/// What compiled journeys read while the executor applies one stimulus: the contact's state at
/// the stimulus's time. Reads are pure except for score decay, which is applied lazily and
/// deterministically when a score is read. It belongs to a <see cref="StimulusPass"/> and is
/// pointed at each stimulus's contact and time in turn (<see cref="Begin"/>).
/// </summary>
internal sealed class ContactContext(Executor executor) : IJourneyContext
{
    private ContactState state = null!;
    private DateTimeOffset now;
    private TimeZoneInfo zone = TimeZoneInfo.Utc;

    public void Begin(ContactState contact, DateTimeOffset moment, TimeZoneInfo timeZone)
    {
        state = contact;
        now = moment;
        zone = timeZone;
    }

    public ContactState State => state;

    public TimeZoneInfo Zone => zone;

    public DateTimeOffset Now => now;

    public DateOnly Today => ZonedTime.LocalDate(now, zone);

    public ContactProfile Profile => state.Profile;

    public string? Stage => state.Stage;

    public bool Opened(string template) => state.Opened.Contains(template);

    public bool Clicked(string template) => state.Clicked.Contains(template);

    public bool Received(string eventName)
    {
        var since = Since(null);
        foreach (var e in state.History)
        {
            if (e.EventName == eventName && e.OccurredAt > since)
            {
                return true;
            }
        }

        return false;
    }

    public int Count(string eventName, TimeSpan? within)
    {
        var since = Since(within);
        var count = 0;
        foreach (var e in state.History)
        {
            if (e.EventName == eventName && e.OccurredAt > since)
            {
                count++;
            }
        }

        return count;
    }

    public decimal Sum(string eventName, TimeSpan? within, Func<EventData, decimal?> field)
    {
        var since = Since(within);
        var sum = 0m;
        foreach (var e in state.History)
        {
            if (e.EventName == eventName && e.OccurredAt > since)
            {
                sum += field(e) ?? 0m;
            }
        }

        return sum;
    }

    public EventData? Last(string eventName)
    {
        var since = Since(null);
        for (var i = state.History.Count - 1; i >= 0 && state.History[i].OccurredAt > since; i--)
        {
            if (state.History[i].EventName == eventName)
            {
                return state.History[i];
            }
        }

        return null;
    }

    public decimal Score(string score) => executor.Scores.Read(state, score, now);

    public bool HasTag(string tag) => state.Tags.Contains(tag);

    /// <summary>The holdout is drawn under the split name "holdout" (see <see cref="CompiledJourney.Start"/>).</summary>
    public double Draw(string journey, string split) =>
        executor.Options.NoHoldouts && split == "holdout" ? 1.0 : StableDraw.Of(state.ContactId, journey, split);

    public DateTimeOffset StartOfDay(DateOnly date, bool utc) => ZonedTime.StartOfDay(date, utc ? TimeZoneInfo.Utc : zone);

    public DateTimeOffset NextTimeOfDay(TimeOnly time, bool utc, bool weekdaysOnly) =>
        ZonedTime.NextTimeOfDay(now, time, utc ? TimeZoneInfo.Utc : zone, weekdaysOnly);

    /// <summary>
    /// `within 30d` counts events less than 30 days old: one exactly 30 days old has left the window.
    /// No window, or one longer than the history keeps, reads the whole history: the events since
    /// <see cref="Executor.HistoryStart"/>.
    /// </summary>
    private DateTimeOffset Since(TimeSpan? within)
    {
        var kept = Executor.HistoryStart(now) - TimeSpan.FromTicks(1);
        return within is { } w && now - w > kept ? now - w : kept;
    }
}
