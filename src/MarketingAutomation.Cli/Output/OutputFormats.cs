using MarketingAutomation.Cli.Output.Sarif;

namespace MarketingAutomation.Cli.Output;

/// <summary>The names accepted by `--format` and the writer each one stands for.</summary>
internal static class OutputFormats
{
    public const string Human = "human";
    public const string MsBuild = "msbuild";
    public const string Json = "json";
    public const string Sarif = "sarif";
    public const string GitHub = "github";

    public static string[] All { get; } = [Human, MsBuild, Json, Sarif, GitHub];

    public static IReportWriter CreateWriter(string format, OutputSettings settings) => format switch
    {
        Human => new HumanWriter(settings.UseColor),
        MsBuild => new MsBuildWriter(),
        Json => new JsonReportWriter(),
        Sarif => new SarifWriter(settings.BasePath),
        GitHub => new GitHubWriter(settings.BasePath),
        // The option only accepts the names above, so this is a bug rather than a usage error.
        _ => throw new InvalidOperationException($"No writer for the format '{format}'."),
    };
}
