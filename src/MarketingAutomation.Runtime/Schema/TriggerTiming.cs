namespace MarketingAutomation.Runtime;

/// <summary>
/// When a time-based trigger fires. Which parts are set depends on the trigger:
/// date triggers (`yearly`, `date`) set <see cref="At"/> and <see cref="Utc"/> (the date comes from
/// <see cref="CompiledJourney.TriggerDate"/>); `schedule` sets <see cref="Date"/>, <see cref="At"/>
/// and <see cref="Utc"/>; `every` sets <see cref="Days"/>, <see cref="At"/> and <see cref="Utc"/>;
/// `inactive` and `no e for` set <see cref="Period"/>.
/// </summary>
/// <param name="At">The time of day.</param>
/// <param name="Utc">True for `utc`; false for `local` (the contact's time zone).</param>
/// <param name="Date">The day of a one-off `schedule`.</param>
/// <param name="Days">The days of a recurring broadcast: one day, Monday to Friday for `weekday`, all seven for `day`.</param>
/// <param name="Period">How long without events (`inactive 90d`, `no order_placed for 60d`).</param>
public sealed record TriggerTiming(
    TimeOnly? At = null,
    bool Utc = false,
    DateOnly? Date = null,
    IReadOnlyList<DayOfWeek>? Days = null,
    TimeSpan? Period = null);
