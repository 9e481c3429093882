namespace MarketingAutomation.Language.Liquid;

/// <summary>
/// A syntax problem in a template, in plain words. Offset and Length index the template text
/// so a caller can map it onto the file or the inline string the template came from.
/// </summary>
public sealed record LiquidError(int Offset, int Length, string Message);
