using MarketingAutomation.Runtime.Execution;

namespace MarketingAutomation.Runtime.Simulation;

/// <summary>Queued work: a new contact (profile set), an input (stimulus set) or a timer (the contact it wakes set).</summary>
internal readonly record struct Work(string ContactId, Stimulus? Stimulus, ContactProfile? NewProfile, KnownContact? Timer);

/// <summary>
/// The order work is done in: time, then inputs (phase 0) before timers (phase 1), then the order of
/// scheduling. A struct that compares itself, so queues of it need neither tuples nor a comparer.
/// <see cref="At"/> keeps the offset it was scheduled with: the clock shows it.
/// </summary>
internal readonly record struct WorkKey(DateTimeOffset At, int Phase, long Sequence) : IComparable<WorkKey>
{
    public int CompareTo(WorkKey other)
    {
        var byTime = At.UtcTicks.CompareTo(other.At.UtcTicks);
        if (byTime != 0)
        {
            return byTime;
        }

        return Phase != other.Phase ? Phase.CompareTo(other.Phase) : Sequence.CompareTo(other.Sequence);
    }
}

/// <summary>A contact the simulator knows: its state, and the moment its queued timer is for (null when none is due).</summary>
internal sealed class KnownContact(ContactState state)
{
    public ContactState State { get; } = state;

    public DateTimeOffset? Wake { get; set; }
}
