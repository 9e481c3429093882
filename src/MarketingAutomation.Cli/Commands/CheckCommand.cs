using System.CommandLine;
using MarketingAutomation.Cli.Check;
using MarketingAutomation.Cli.Output;

namespace MarketingAutomation.Cli.Commands;

/// <summary>`ma check`: report the diagnostics of journey files, for people or for CI tools.</summary>
internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = PathsArgument.Create("check");
        var format = new Option<string>("--format", "-f")
        {
            Description = "How to print diagnostics: human (for people), msbuild (one line each), json, sarif (SARIF 2.1.0) or github (workflow annotations)",
            DefaultValueFactory = _ => OutputFormats.Human,
        };
        format.AcceptOnlyFromAmong(OutputFormats.All);
        var warnAsError = new Option<bool>("--warnaserror")
        {
            Description = "Treat warnings as errors: print them as errors and exit with 1",
        };
        var noColor = new Option<bool>("--no-color")
        {
            Description = "Never colour the human format (colour is also off when output is redirected or NO_COLOR is set)",
        };
        var basePath = new Option<string>("--base-path")
        {
            Description = "Folder that sarif and github paths are made relative to [default: the current folder]",
            HelpName = "folder",
        };

        var command = new Command(
            "check",
            "Check journey files and workspaces, and report errors and warnings. "
            + "Exit code 0: no errors (warnings allowed); 1: errors; 2: usage or input problem.")
        {
            paths, format, warnAsError, noColor, basePath,
        };
        command.SetGuardedAction(console, parseResult =>
        {
            // Settings first: a bad --base-path should fail before any work is done.
            var settings = new OutputSettings(
                BasePath: BasePath.Resolve(parseResult.GetValue(basePath)),
                UseColor: ColorPolicy.ShouldUseColor(parseResult.GetValue(noColor), console));
            var writer = OutputFormats.CreateWriter(parseResult.GetValue(format) ?? OutputFormats.Human, settings);
            var report = CheckRunner.Run(parseResult.GetPaths(paths), parseResult.GetValue(warnAsError));
            writer.Write(report, console.Out);
            return report.HasErrors ? ExitCodes.Problems : ExitCodes.Success;
        });
        return command;
    }
}
