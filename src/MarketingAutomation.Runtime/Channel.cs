namespace MarketingAutomation.Runtime;

/// <summary>The channels a message goes out on.</summary>
public enum Channel
{
    Email,
    Sms,
    Push,
    Webhook,
}
