using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Services;

/// <summary>A journey test, where an editor can offer to run it: its name, its journey and its whole span.</summary>
public sealed record TestLens(string Name, string Journey, TextSpan Span);
