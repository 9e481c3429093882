using MarketingAutomation.Delivery.Email;
using MarketingAutomation.Delivery.Webhooks;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Delivery;

/// <summary>
/// The server's <see cref="IMessageDelivery"/>: email templates go out over SMTP, everything else
/// (SMS, push, webhook templates, posts, sales notices) to its webhook.
/// </summary>
public sealed class ChannelRouter(SmtpDelivery email, WebhookDelivery webhooks) : IMessageDelivery
{
    public Task<DeliveryOutcome> DeliverAsync(OutboundMessage message, CancellationToken cancellationToken) =>
        DeliverAsync(message, HandOverTicket.None, cancellationToken);

    /// <summary>Email enters the window once its data is written, before the line that ends it; a webhook before its request (see <see cref="HandOverWindow"/>).</summary>
    public async Task<DeliveryOutcome> DeliverAsync(OutboundMessage message, HandOverTicket ticket, CancellationToken cancellationToken)
    {
        var channel = message.Kind == OutboundKind.Message && message.Channel == Channel.Email ? (IMessageDelivery)email : webhooks;
        try
        {
            return await channel.DeliverAsync(message, ticket, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The contract is an outcome, never an exception. A surprise is treated as passing: the
            // outbox keeps the message and retries it, and the detail shows what to fix.
            return new DeliveryOutcome(DeliveryStatus.TransientFailure, $"delivery failed unexpectedly: {exception.GetType().Name}: {exception.Message}");
        }
    }
}
