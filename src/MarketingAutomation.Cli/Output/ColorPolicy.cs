namespace MarketingAutomation.Cli.Output;

/// <summary>When the human format may colour its output.</summary>
internal static class ColorPolicy
{
    /// <summary>
    /// Colour only for a person at a terminal: escape codes in a log file or a pipe are noise.
    /// NO_COLOR (https://no-color.org: set and not empty) and TERM=dumb also turn it off.
    /// </summary>
    public static bool ShouldUseColor(bool noColorOption, CliConsole console) =>
        !noColorOption
        && !console.OutputRedirected
        && string.IsNullOrEmpty(console.GetEnvironmentVariable("NO_COLOR"))
        && console.GetEnvironmentVariable("TERM") != "dumb";
}
