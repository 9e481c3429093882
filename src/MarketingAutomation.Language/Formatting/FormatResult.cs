namespace MarketingAutomation.Language.Formatting;

/// <summary>The formatted text of one file, and whether it differs from what was given.</summary>
public sealed record FormatResult(string Text, bool Changed);
