namespace MarketingAutomation.Delivery;

/// <summary>How a hand-over went.</summary>
public enum DeliveryStatus
{
    /// <summary>The receiver (SMTP server, webhook) accepted the message.</summary>
    Delivered,

    /// <summary>It may work later (a connection refused, a 5xx, a timeout): retry with backoff.</summary>
    TransientFailure,

    /// <summary>It will never work (a rejected address, a 4xx, a template that cannot render): record as failed.</summary>
    PermanentFailure,
}

public sealed record DeliveryOutcome(DeliveryStatus Status, string? Detail = null)
{
    public static DeliveryOutcome Delivered { get; } = new(DeliveryStatus.Delivered);
}

/// <summary>Hands an outbound item to the channel that carries it. Never throws for a failed hand-over: the outcome says what happened.</summary>
public interface IMessageDelivery
{
    Task<DeliveryOutcome> DeliverAsync(OutboundMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// A hand-over whose outcome the outbox records: the channel enters <paramref name="ticket"/>'s
    /// window at its point of no return (see <see cref="HandOverWindow"/>). A channel that cannot
    /// tell where that point is enters before it starts, which is always safe.
    /// </summary>
    Task<DeliveryOutcome> DeliverAsync(OutboundMessage message, HandOverTicket ticket, CancellationToken cancellationToken)
    {
        ticket.Enter(cancellationToken);
        return DeliverAsync(message, cancellationToken);
    }
}
