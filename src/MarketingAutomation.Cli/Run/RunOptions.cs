namespace MarketingAutomation.Cli.Run;

/// <summary>What `ma run` was asked to do, as given on the command line.</summary>
/// <param name="For">How long to go on after the last input, as a duration text (`30d`).</param>
/// <param name="Format">`text` or `json`.</param>
internal sealed record RunOptions(
    string Workspace,
    string? Contacts,
    string? Events,
    string For,
    bool Realtime,
    bool Strict,
    string Format,
    bool UseColor);
