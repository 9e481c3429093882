using MarketingAutomation.Runtime.Execution;

namespace MarketingAutomation.Runtime.Simulation;

/// <summary>Queued work for a contact: a new contact (profile set), an input (stimulus set) or a timer (neither).</summary>
internal readonly record struct Work(KnownContact Contact, Stimulus? Stimulus, ContactProfile? NewProfile)
{
    public bool IsTimer => Stimulus is null && NewProfile is null;
}

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

/// <summary>
/// A contact id the simulator has work for: its state once the contact is admitted (null before),
/// and the moment its queued timer is for (null when none is due). Work holds this rather than the
/// id, so taking work needs no look-up by id.
/// </summary>
internal sealed class KnownContact(string id)
{
    public string Id { get; } = id;

    public ContactState? State { get; set; }

    public DateTimeOffset? Wake { get; set; }
}
