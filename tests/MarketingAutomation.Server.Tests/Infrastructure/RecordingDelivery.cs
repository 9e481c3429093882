using System.Collections.Concurrent;
using MarketingAutomation.Delivery;

namespace MarketingAutomation.Server.Tests.Infrastructure;

/// <summary>
/// A delivery that keeps every hand-over and answers what the test tells it to (delivered by
/// default). It can take its time before and inside the hand-over window, and counts how many
/// hand-overs it had at once, and inside the window at once.
/// </summary>
public sealed class RecordingDelivery : IMessageDelivery
{
    private readonly ConcurrentQueue<OutboundMessage> received = new();
    private int atOnce;
    private int insideWindow;
    private int mostAtOnce;
    private int mostInsideWindow;

    public Func<OutboundMessage, DeliveryOutcome> Answer { get; set; } = _ => DeliveryOutcome.Delivered;

    /// <summary>Work before the point of no return (rendering, the envelope), which lanes may overlap.</summary>
    public TimeSpan BeforeWindow { get; set; } = TimeSpan.Zero;

    /// <summary>Work after it (the end of the data, the receiver's answer).</summary>
    public TimeSpan InWindow { get; set; } = TimeSpan.Zero;

    public IReadOnlyList<OutboundMessage> Received => [.. received];

    public int MostAtOnce => Volatile.Read(ref mostAtOnce);

    public int MostInsideWindow => Volatile.Read(ref mostInsideWindow);

    public Task<DeliveryOutcome> DeliverAsync(OutboundMessage message, CancellationToken cancellationToken) =>
        DeliverAsync(message, HandOverTicket.None, cancellationToken);

    public Task<DeliveryOutcome> DeliverAsync(OutboundMessage message, HandOverTicket ticket, CancellationToken cancellationToken)
    {
        Raise(ref mostAtOnce, Interlocked.Increment(ref atOnce));
        try
        {
            Thread.Sleep(BeforeWindow);
            ticket.Enter(cancellationToken);
            Raise(ref mostInsideWindow, Interlocked.Increment(ref insideWindow));
            Thread.Sleep(InWindow);
            received.Enqueue(message);
            Interlocked.Decrement(ref insideWindow);
            return Task.FromResult(Answer(message));
        }
        finally
        {
            Interlocked.Decrement(ref atOnce);
        }
    }

    private static void Raise(ref int most, int now)
    {
        var seen = Volatile.Read(ref most);
        while (now > seen && Interlocked.CompareExchange(ref most, now, seen) is var found && found != seen)
        {
            seen = found;
        }
    }
}
