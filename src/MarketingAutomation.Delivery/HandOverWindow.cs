namespace MarketingAutomation.Delivery;

/// <summary>
/// The part of hand-overs that a crash can repeat, taken by one hand-over at a time.
/// </summary>
/// <remarks>
/// A message can be repeated after a crash only if the receiver may already hold it while its
/// outcome is not yet durable: from the point of no return (an email's data being written, a
/// webhook's request being sent) until the outbox has recorded the outcome. Each hand-over takes
/// a <see cref="HandOverTicket"/>; the channel enters the window at its point of no return and the
/// outbox leaves it once the outcome is durable. Everything before that point (rendering, the SMTP
/// envelope, waiting for a connection) overlaps freely, so several lanes send faster while a crash
/// still repeats at most one message.
/// </remarks>
public sealed class HandOverWindow
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>A ticket for one hand-over; dispose it once the outcome is durable.</summary>
    public HandOverTicket Open() => new(gate);
}

/// <summary>
/// One hand-over's way into the <see cref="HandOverWindow"/>. A channel calls <see cref="Enter"/>
/// at its point of no return, from any thread; entering twice is entering once (a retry on a
/// fresh connection stays inside). Disposing leaves the window if it was entered.
/// </summary>
public sealed class HandOverTicket : IDisposable
{
    private readonly SemaphoreSlim? gate;
    private int entered;

    internal HandOverTicket(SemaphoreSlim? gate) => this.gate = gate;

    /// <summary>A ticket with no window, for hand-overs no outbox records (tests, tools): entering never waits.</summary>
    public static HandOverTicket None { get; } = new(null);

    public bool Entered => Volatile.Read(ref entered) == 1;

    /// <summary>Waits until no other hand-over is inside the window, then enters it.</summary>
    public void Enter(CancellationToken cancellationToken)
    {
        if (gate is null || Entered)
        {
            return;
        }

        gate.Wait(cancellationToken);
        Volatile.Write(ref entered, 1);
    }

    public void Dispose()
    {
        if (gate is not null && Interlocked.Exchange(ref entered, 0) == 1)
        {
            gate.Release();
        }
    }
}
