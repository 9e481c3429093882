using MarketingAutomation.Delivery;
using Microsoft.Extensions.Logging;

namespace MarketingAutomation.Server.Outbox;

/// <summary>
/// The delivery used until real channels are registered: it writes each item to the server log and
/// reports it delivered, saying so in the detail, so a fresh server shows its whole flow. Any
/// other <see cref="IMessageDelivery"/> registered in the container replaces it.
/// </summary>
public sealed partial class LogOnlyDelivery(ILogger<LogOnlyDelivery> logger) : IMessageDelivery
{
    public const string Detail = "written to the server log: no delivery channel is configured";

    public Task<DeliveryOutcome> DeliverAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        Log(logger, message.Kind, message.Channel.ToString().ToLowerInvariant(), message.Name, message.Recipient ?? "-", message.ContactId, message.Key);
        return Task.FromResult(new DeliveryOutcome(DeliveryStatus.Delivered, Detail));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} {Channel} {Name} to {Recipient} (contact {Contact}, key {Key})")]
    private static partial void Log(ILogger logger, OutboundKind kind, string channel, string name, string recipient, string contact, string key);
}
