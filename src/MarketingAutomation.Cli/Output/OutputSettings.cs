namespace MarketingAutomation.Cli.Output;

/// <summary>Choices that shape the output, whatever its format.</summary>
/// <param name="BasePath">Full path of the folder that sarif and github paths are relative to.</param>
/// <param name="UseColor">Whether the human format may use ANSI colours.</param>
internal sealed record OutputSettings(string BasePath, bool UseColor);
