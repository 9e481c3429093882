using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Services;

/// <summary>What the editor shows over a name: Markdown text, and the span of the name it describes.</summary>
public sealed record Hover(string Markdown, TextSpan Span);
