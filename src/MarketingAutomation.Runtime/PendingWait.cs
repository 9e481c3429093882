namespace MarketingAutomation.Runtime;

public enum WaitKind
{
    /// <summary>`wait 2d` and `wait until ...`: resumes when the clock reaches the due time.</summary>
    Timer,

    /// <summary>`wait for e up to d`: resumes on a matching event, or on the timeout.</summary>
    Event,
}

/// <summary>
/// A bookmark: what a sleeping instance waits for and where it goes on. Labels are the step
/// numbers of the journey's state machine, so the whole wait is plain, serialisable data. A value
/// inside its <see cref="JourneyState"/>, not an object of its own: every wait sets one.
/// </summary>
/// <param name="Due">When the timer fires (for an event wait: the timeout).</param>
/// <param name="EventName">The awaited event's name, for event waits.</param>
/// <param name="ReceivedStep">Where an event wait goes when the event arrives.</param>
/// <param name="TimeoutStep">Where the instance goes when <paramref name="Due"/> is reached.</param>
public readonly record struct PendingWait(WaitKind Kind, DateTimeOffset Due, string? EventName, int ReceivedStep, int TimeoutStep);
