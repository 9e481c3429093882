using System.CommandLine;
using MarketingAutomation.Cli.Fmt;

namespace MarketingAutomation.Cli.Commands;

/// <summary>`ma fmt`: lay journey files out in the house style, or check that they are.</summary>
internal static class FmtCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = PathsArgument.Create("format");
        var check = new Option<bool>("--check")
        {
            Description = "Change nothing; list the files that would change and exit with 1 if there are any",
        };

        var command = new Command(
            "fmt",
            "Format journey files in place. Files with syntax errors are left unchanged and reported (exit code 1).")
        {
            paths, check,
        };
        command.SetGuardedAction(console, parseResult =>
            FmtRunner.Run(parseResult.GetPaths(paths), parseResult.GetValue(check), console.Out));
        return command;
    }
}
