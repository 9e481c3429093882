using System.CommandLine;
using System.Runtime.InteropServices;
using MarketingAutomation.Cli.Output;
using MarketingAutomation.Cli.Run;

namespace MarketingAutomation.Cli.Commands;

/// <summary>`ma run`: replay contacts and events through a workspace's journeys and show what they do.</summary>
internal static class RunCommand
{
    public static Command Create(CliConsole console)
    {
        var workspace = new Argument<string>("workspace")
        {
            Description = "The workspace folder to run (. is the current folder)",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var contacts = new Option<string>("--contacts")
        {
            Description = "Contacts, one JSON object per line [default: <workspace>/sample/contacts.jsonl when neither file is named]",
            HelpName = "file.jsonl",
        };
        var events = new Option<string>("--events")
        {
            Description = "Events and profile changes in time order, one JSON object per line [default: <workspace>/sample/events.jsonl]",
            HelpName = "file.jsonl",
        };
        var runFor = new Option<string>("--for")
        {
            Description = "How long to go on after the last input, so waits and reminders play out (45s, 30m, 2h, 3d, 2w)",
            DefaultValueFactory = _ => "30d",
            HelpName = "duration",
        };
        var realtime = new Option<bool>("--realtime")
        {
            Description = "Run at wall-clock pace, one second per second from the first input (for demos and live logs; Ctrl+C stops with the summary)",
        };
        var strict = new Option<bool>("--strict")
        {
            Description = "Stop at the first bad input line with exit code 1 and run nothing (default: report bad lines on stderr and skip them)",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text (a timeline and summary tables) or json (one document)",
            DefaultValueFactory = _ => RunFormats.Text,
        };
        format.AcceptOnlyFromAmong(RunFormats.All);
        var noColor = new Option<bool>("--no-color")
        {
            Description = "Never colour the text (colour is also off when output is redirected or NO_COLOR is set)",
        };

        var command = new Command(
            "run",
            "Replay contacts and events through the compiled journeys on virtual time, and print the timeline and a summary per journey. "
            + "Exit code 0: ran; 1: the workspace has errors, or a bad input line under --strict; 2: usage problem or missing file.")
        {
            workspace, contacts, events, runFor, realtime, strict, format, noColor,
        };
        command.SetGuardedAction(console, parseResult =>
        {
            var options = new RunOptions(
                parseResult.GetValue(workspace) ?? ".",
                parseResult.GetValue(contacts),
                parseResult.GetValue(events),
                parseResult.GetValue(runFor) ?? "30d",
                parseResult.GetValue(realtime),
                parseResult.GetValue(strict),
                parseResult.GetValue(format) ?? RunFormats.Text,
                ColorPolicy.ShouldUseColor(parseResult.GetValue(noColor), console));
            using var stop = new CancellationTokenSource();
            using var interrupt = options.Realtime ? PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop(stop)) : null;
            using var terminate = options.Realtime ? PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop(stop)) : null;
            return RunRunner.Run(options, console, stop.Token);
        });
        return command;
    }

    // A live run ends on Ctrl+C (or a supervisor's SIGTERM) like any other: summary printed, exit 0.
    private static Action<PosixSignalContext> Stop(CancellationTokenSource stop) => context =>
    {
        context.Cancel = true;
        stop.Cancel();
    };
}
