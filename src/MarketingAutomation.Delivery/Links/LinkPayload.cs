namespace MarketingAutomation.Delivery.Links;

/// <summary>
/// What a signed link carries: which message it came from and, for a click, where it leads.
/// <see cref="Target"/> is null for every kind but <see cref="LinkKind.Click"/>.
/// </summary>
public sealed record LinkPayload(LinkKind Kind, string MessageKey, string ContactId, string Template, string? Target = null);
