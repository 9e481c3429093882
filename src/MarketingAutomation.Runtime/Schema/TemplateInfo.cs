namespace MarketingAutomation.Runtime;

/// <summary>A declared template: its channel and whether it is transactional.</summary>
/// <param name="Transactional">
/// Declared `transactional`: an order confirmation or a password reset. Such messages are exempt
/// from quiet hours, frequency caps and marketing consent (they still need an address).
/// </param>
public sealed record TemplateInfo(string Name, Channel Channel, bool Transactional);
