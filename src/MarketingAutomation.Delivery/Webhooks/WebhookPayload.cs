using System.Text.Json;
using System.Text.Json.Serialization;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Delivery.Webhooks;

/// <summary>The JSON body every webhook receives. Absent values are left out, not sent as null.</summary>
public sealed record WebhookPayload
{
    public required string Key { get; init; }

    /// <summary><c>message</c>, <c>post</c> or <c>notify_sales</c>.</summary>
    public required string Kind { get; init; }

    public required string Channel { get; init; }

    /// <summary>The template, the connection, or the sales notice's text.</summary>
    public required string Name { get; init; }

    public string? Journey { get; init; }

    public required string ContactId { get; init; }

    public string? Recipient { get; init; }

    /// <summary>A push notification's title (the template's subject).</summary>
    public string? Title { get; init; }

    /// <summary>The rendered message, for SMS, push and webhook templates; the rendered notice, for a sales notice.</summary>
    public string? Text { get; init; }

    public Dictionary<string, object?> Arguments { get; init; } = new(StringComparer.Ordinal);

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static WebhookPayload For(OutboundMessage message, string? title, string? text)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in message.Arguments)
        {
            arguments[argument.Name] = argument.Value;
        }

        return new WebhookPayload
        {
            Key = message.Key,
            Kind = message.Kind switch
            {
                OutboundKind.Post => "post",
                OutboundKind.NotifySales => "notify_sales",
                _ => "message",
            },
            Channel = message.Channel switch
            {
                Runtime.Channel.Email => "email",
                Runtime.Channel.Sms => "sms",
                Runtime.Channel.Push => "push",
                _ => "webhook",
            },
            Name = message.Name,
            Journey = message.Journey,
            ContactId = message.ContactId,
            Recipient = message.Recipient,
            Title = title,
            Text = text,
            Arguments = arguments,
        };
    }
}
