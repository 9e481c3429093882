namespace MarketingAutomation.Cli.Run;

/// <summary>The names accepted by `ma run --format`.</summary>
internal static class RunFormats
{
    public const string Text = "text";
    public const string Json = "json";

    public static string[] All { get; } = [Text, Json];
}
