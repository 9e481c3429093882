namespace MarketingAutomation.Language.Services;

/// <summary>
/// The signature of the built-in function being called at the cursor. Parameters are substrings
/// of Label, so an editor can highlight the active one.
/// </summary>
public sealed record SignatureHelp(string Label, string Documentation, IReadOnlyList<string> Parameters, int ActiveParameter);
