namespace MarketingAutomation.Delivery;

/// <summary>
/// The part of hand-overs that a crash can repeat, taken by a fixed number of hand-overs at a
/// time (its width; one by default).
/// </summary>
/// <remarks>
/// A message can be repeated after a crash only if the receiver may already hold it while its
/// outcome is not yet durable: from the point of no return (an email's data being written, a
/// webhook's request being sent) until the outbox has recorded the outcome. Each hand-over takes
/// a <see cref="HandOverTicket"/>; the channel enters the window at its point of no return and the
/// outbox leaves it once the outcome is durable. Everything before that point (rendering, the SMTP
/// envelope and an email's data, waiting for a connection) overlaps freely, so several lanes send
/// faster while a crash still repeats at most as many messages as the window is wide.
/// </remarks>
public sealed class HandOverWindow
{
    private readonly object gate = new();
    private int inside;
    private int waiting;

    /// <param name="width">How many hand-overs may be inside at once: the most messages one crash can repeat.</param>
    public HandOverWindow(int width = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        Width = width;
    }

    public int Width { get; }

    /// <summary>A ticket for one hand-over; dispose it once the outcome is durable.</summary>
    public HandOverTicket Open() => new(this);

    /// <summary>
    /// Waits on a monitor, not a semaphore: a semaphore spins before it sleeps, and the lanes that
    /// wait here would spin on the cores the hand-overs inside need.
    /// </summary>
    internal void Take(CancellationToken cancellationToken)
    {
        using var wake = cancellationToken.CanBeCanceled ? cancellationToken.Register(WakeAll) : default;
        lock (gate)
        {
            while (inside >= Width && !cancellationToken.IsCancellationRequested)
            {
                waiting++;
                Monitor.Wait(gate);
                waiting--;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                // A wake-up this waiter took goes on to the next one.
                Monitor.Pulse(gate);
                cancellationToken.ThrowIfCancellationRequested();
            }

            inside++;
        }
    }

    /// <summary>
    /// Wakes one waiter, for the one place freed, and then gives up the rest of this thread's turn
    /// on its core if a waiter was woken.
    /// </summary>
    /// <remarks>
    /// Waking them all woke three lanes for every message, two of them only to sleep again, and on
    /// two cores each wake-up costs the hand-overs time. The yield is for the woken one: the thread
    /// that leaves goes on to prepare its next message (rendering, composing, the envelope), work
    /// that can wait, while the window stays empty until the woken waiter gets a core. On the load
    /// test's two busy cores (journal synced every 10 ms) that wait was about as long as a message's
    /// turn inside the window, and with the yield the welcome emails of paced traffic came sooner in
    /// every round measured (tests/MarketingAutomation.LoadTest/README.md).
    /// </remarks>
    internal void Leave()
    {
        bool wokeOne;
        lock (gate)
        {
            inside--;
            wokeOne = waiting > 0;
            Monitor.Pulse(gate);
        }

        if (wokeOne)
        {
            Thread.Yield();
        }
    }

    /// <summary>A cancelled waiter must see its cancellation; the others go back to sleep.</summary>
    private void WakeAll()
    {
        lock (gate)
        {
            Monitor.PulseAll(gate);
        }
    }
}

/// <summary>
/// One hand-over's way into the <see cref="HandOverWindow"/>. A channel calls <see cref="Enter"/>
/// at its point of no return, from any thread; entering twice is entering once (a retry on a
/// fresh connection stays inside). Disposing leaves the window if it was entered.
/// </summary>
public sealed class HandOverTicket : IDisposable
{
    private readonly HandOverWindow? window;
    private int entered;

    internal HandOverTicket(HandOverWindow? window) => this.window = window;

    /// <summary>A ticket with no window, for hand-overs no outbox records (tests, tools): entering never waits.</summary>
    public static HandOverTicket None { get; } = new(null);

    public bool Entered => Volatile.Read(ref entered) == 1;

    /// <summary>Waits until the window has room (no other hand-over inside, when it is one wide), then enters it.</summary>
    public void Enter(CancellationToken cancellationToken)
    {
        if (window is null || Entered)
        {
            return;
        }

        window.Take(cancellationToken);
        Volatile.Write(ref entered, 1);
    }

    public void Dispose()
    {
        if (window is not null && Interlocked.Exchange(ref entered, 0) == 1)
        {
            window.Leave();
        }
    }
}
