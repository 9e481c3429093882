using System.Reflection;

namespace MarketingAutomation.Cli;

/// <summary>The version of `ma`, as `--version` shows it (from the project's Version property).</summary>
internal static class ToolVersion
{
    /// <summary>The full version, build metadata included ("0.1.0+3f2a...").</summary>
    public static string Informational { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The version without build metadata ("0.1.0").</summary>
    public static string Short => Informational.Split('+')[0];
}
