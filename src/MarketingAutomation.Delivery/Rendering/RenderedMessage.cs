namespace MarketingAutomation.Delivery.Rendering;

/// <summary>
/// A message rendered for one contact. For email, <see cref="Body"/> is HTML and <see cref="Text"/>
/// the plain-text part (declared, or derived from the HTML); for SMS, push and webhook templates
/// <see cref="Body"/> is the text and <see cref="Subject"/> a push title. Problems name their part.
/// </summary>
public sealed record RenderedMessage(string? Subject, string? Preheader, string Body, string? Text, IReadOnlyList<string> Problems);
