using System.Text.Json;
using MarketingAutomation.Delivery;
using MarketingAutomation.Runtime;
using MarketingAutomation.Server.Contacts;
using MarketingAutomation.Server.Deployments;
using MarketingAutomation.Server.Storage;

namespace MarketingAutomation.Server.Outbox;

/// <summary>An outbox row as the message a channel receives.</summary>
internal static class OutboundMessages
{
    public static OutboundMessage From(OutboxRow row, Deployment deployment)
    {
        using var payload = JsonDocument.Parse(row.Payload);
        var root = payload.RootElement;
        return new OutboundMessage
        {
            Key = row.Key,
            ContactId = row.ContactId,
            Kind = row.Kind switch
            {
                OutboxKind.Post => OutboundKind.Post,
                OutboxKind.NotifySales => OutboundKind.NotifySales,
                _ => OutboundKind.Message,
            },
            Channel = Enum.TryParse<Channel>(row.Channel, ignoreCase: true, out var channel) ? channel : Channel.Webhook,
            Name = row.Name,
            Journey = row.Journey,
            Recipient = row.Recipient,
            Contact = PlainJson.ReadFields(root.GetProperty("contact"), deployment.Catalog.ContactFields),
            Arguments = [.. root.GetProperty("arguments").EnumerateObject().Select(p => new Argument(p.Name, PlainJson.Loose(p.Value)))],
            Transactional = root.TryGetProperty("transactional", out var transactional) && transactional.ValueKind == JsonValueKind.True,
        };
    }

    /// <summary>An emit's event data (a JSON object of its fields).</summary>
    public static string EventJson(OutboxRow row)
    {
        using var payload = JsonDocument.Parse(row.Payload);
        return payload.RootElement.TryGetProperty("event", out var data) ? data.GetRawText() : "{}";
    }
}
