using System.Collections.Concurrent;
using MarketingAutomation.Delivery;

namespace MarketingAutomation.Server.Tests.Infrastructure;

/// <summary>A delivery that keeps every hand-over and answers what the test tells it to (delivered by default).</summary>
public sealed class RecordingDelivery : IMessageDelivery
{
    private readonly ConcurrentQueue<OutboundMessage> received = new();

    public Func<OutboundMessage, DeliveryOutcome> Answer { get; set; } = _ => DeliveryOutcome.Delivered;

    public IReadOnlyList<OutboundMessage> Received => [.. received];

    public Task<DeliveryOutcome> DeliverAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        received.Enqueue(message);
        return Task.FromResult(Answer(message));
    }
}
