namespace MarketingAutomation.Server.Storage;

/// <summary>
/// The statistics' counters of one transaction: timeline entries of a journey counted by kind,
/// channel and script line, to be added to <c>journey_counts</c> in the same transaction as the
/// entries themselves, so the counts can never drift from the timeline. A group of writes touches
/// a few dozen counters, however many entries it holds. Absent channel and file are stored as '',
/// an absent line as 0: SQLite treats NULLs in a key as all different.
/// </summary>
internal sealed class JourneyCounts
{
    private readonly Dictionary<CounterKey, (long Count, long GoalExits)> counters = [];

    public IEnumerable<KeyValuePair<CounterKey, (long Count, long GoalExits)>> Counters => counters;

    public void Add(TimelineRow row)
    {
        // Entries of no journey (score changes) are in no journey's statistics.
        if (row.Journey is not { } journey)
        {
            return;
        }

        var key = new CounterKey(journey, row.Kind, row.Channel ?? string.Empty, row.File ?? string.Empty, row.Line ?? 0);
        var (count, goalExits) = counters.GetValueOrDefault(key);
        counters[key] = (count + 1, goalExits + (IsGoalExit(row) ? 1 : 0));
    }

    /// <summary>A journey left because its goal was reached: counted as a conversion, not again as an exit.</summary>
    private static bool IsGoalExit(TimelineRow row) => row.Kind == "exited" && row.Detail == "goal reached";
}

internal readonly record struct CounterKey(string Journey, string Kind, string Channel, string File, int Line);
