namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>
/// The rendered text and what went wrong while rendering it: syntax errors of the template,
/// unknown values, bad filter arguments, limits reached. An empty list means the text is complete
/// and exactly what the template says; otherwise a host should not send it without a look.
/// </summary>
public sealed record RenderResult(string Text, IReadOnlyList<string> Problems);
