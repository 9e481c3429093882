namespace MarketingAutomation.Cli;

/// <summary>Folds a message onto one line, so every error `ma` prints is exactly one line long.</summary>
internal static class OneLine
{
    public static string Of(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
