using System.CommandLine;

namespace MarketingAutomation.Cli.Commands;

/// <summary>The `[paths...]` argument that `check` and `fmt` share.</summary>
internal static class PathsArgument
{
    public static Argument<string[]> Create(string verb) => new("paths")
    {
        Description = $"Journey files or workspace folders to {verb}; a folder includes every workspace below it [default: the current folder]",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The paths given, or the current folder when none were.</summary>
    public static IReadOnlyList<string> GetPaths(this ParseResult parseResult, Argument<string[]> argument) =>
        parseResult.GetValue(argument) is { Length: > 0 } paths ? paths : ["."];
}
