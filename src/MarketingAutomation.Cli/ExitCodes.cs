namespace MarketingAutomation.Cli;

/// <summary>
/// The exit codes of `ma`, a contract with CI scripts: they tell "the journeys have problems"
/// apart from "the command itself could not run" and from a bug in `ma`.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Nothing to report, or only warnings (without --warnaserror).</summary>
    public const int Success = 0;

    /// <summary>The journeys have errors (or warnings under --warnaserror), or files need formatting.</summary>
    public const int Problems = 1;

    /// <summary>The command could not run as asked: a bad option, a missing path, an unreadable file.</summary>
    public const int UsageOrInput = 2;

    /// <summary>A bug in `ma` itself.</summary>
    public const int InternalError = 3;
}
