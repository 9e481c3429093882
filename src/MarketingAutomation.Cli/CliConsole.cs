namespace MarketingAutomation.Cli;

/// <summary>
/// Where a command writes and what it knows of its terminal, passed in rather than read from
/// <see cref="Console"/> so the writers can be tested with in-memory text.
/// </summary>
/// <param name="Out">Reports and summaries.</param>
/// <param name="Error">One-line problems with the command itself.</param>
/// <param name="OutputRedirected">Whether <paramref name="Out"/> goes to a file or pipe rather than a terminal.</param>
/// <param name="GetEnvironmentVariable">Reads an environment variable (NO_COLOR, TERM).</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool OutputRedirected, Func<string, string?> GetEnvironmentVariable);
