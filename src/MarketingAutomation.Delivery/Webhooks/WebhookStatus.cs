using System.Net;

namespace MarketingAutomation.Delivery.Webhooks;

/// <summary>
/// What a webhook's HTTP status means for the message. 408 (the receiver timed out) and 429 (slow
/// down) are explicitly "try again"; a 5xx is the receiver's own trouble; any other 4xx says this
/// request will never be accepted as it is.
/// </summary>
internal static class WebhookStatus
{
    public static DeliveryOutcome Classify(HttpStatusCode status, string receiver)
    {
        var code = (int)status;
        var detail = $"{receiver} answered {code} {status}";
        return code switch
        {
            >= 200 and < 300 => DeliveryOutcome.Delivered,
            408 or 429 or >= 500 => new DeliveryOutcome(DeliveryStatus.TransientFailure, detail),
            _ => new DeliveryOutcome(DeliveryStatus.PermanentFailure, detail),
        };
    }
}
