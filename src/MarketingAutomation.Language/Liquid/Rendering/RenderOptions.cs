using System.Globalization;

namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>How to render a template.</summary>
/// <param name="HtmlEscape">
/// True for HTML (email bodies): every <c>{{ }}</c> is HTML-escaped unless its value is already
/// HTML (the <c>raw</c>, <c>escape</c> and <c>escape_once</c> filters, or a capture).
/// </param>
/// <param name="Culture">Separators for <c>money</c>; the invariant culture when null. Other output is culture-neutral.</param>
/// <param name="TimeZone">The zone moments (<c>datetime</c> values) are shown in, usually the contact's; as given when null.</param>
/// <param name="MaxOutputLength">Characters of output (and of any one captured or filtered text) before rendering stops.</param>
/// <param name="MaxIterations">Loop iterations, counted over all loops of one render, before rendering stops.</param>
public sealed record RenderOptions(
    bool HtmlEscape,
    CultureInfo? Culture = null,
    TimeZoneInfo? TimeZone = null,
    int MaxOutputLength = 1_000_000,
    int MaxIterations = 10_000);
