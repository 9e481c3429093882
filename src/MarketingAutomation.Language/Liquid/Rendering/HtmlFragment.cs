namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>
/// Text that is already HTML: what <c>raw</c>, <c>escape</c> and <c>escape_once</c> return, and
/// what a capture holds when escaping is on (its outputs were escaped as it ran). An output shows
/// it as it is, so nothing is escaped twice. Everywhere else it reads as its text.
/// </summary>
internal sealed record HtmlFragment(string Html);
