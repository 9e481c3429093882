using System.CommandLine;
using MarketingAutomation.Cli.Output;
using MarketingAutomation.Cli.Test;

namespace MarketingAutomation.Cli.Commands;

/// <summary>`ma test`: run the journey tests of workspaces on a virtual clock.</summary>
internal static class TestCommand
{
    private static readonly string[] Formats = ["human", "json", "junit"];

    public static Command Create(CliConsole console)
    {
        var paths = PathsArgument.Create("test");
        var format = new Option<string>("--format", "-f")
        {
            Description = "How to report: human (for people), json, or junit (JUnit XML for CI test reports)",
            DefaultValueFactory = _ => "human",
        };
        format.AcceptOnlyFromAmong(Formats);
        var filter = new Option<string?>("--filter")
        {
            Description = "Run only tests whose name contains this text, or the tests of the journey with this name",
            HelpName = "text",
        };
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Show the timelines of passing tests too",
        };
        var noColor = new Option<bool>("--no-color")
        {
            Description = "Never colour the human format",
        };

        var command = new Command(
            "test",
            "Run the journey tests (`test` blocks) of journey files and workspaces on a virtual clock. "
            + "Exit code 0: all passed; 1: a test failed or a workspace has errors; 2: usage or input problem.")
        {
            paths, format, filter, verbose, noColor,
        };
        command.SetGuardedAction(console, parseResult =>
        {
            var suites = TestRunnerCommand.Run(parseResult.GetPaths(paths), parseResult.GetValue(filter));
            switch (parseResult.GetValue(format))
            {
                case "json":
                    JsonTestWriter.Write(suites, console.Out);
                    break;
                case "junit":
                    JUnitTestWriter.Write(suites, console.Out);
                    break;
                default:
                    var ansi = new Ansi(ColorPolicy.ShouldUseColor(parseResult.GetValue(noColor), console));
                    new HumanTestWriter(ansi, parseResult.GetValue(verbose)).Write(suites, console.Out);
                    break;
            }

            return suites.Any(s => s.Errors is not null || s.Failed > 0) ? ExitCodes.Problems : ExitCodes.Success;
        });
        return command;
    }
}
