using System.CommandLine;
using MarketingAutomation.Cli.Serve;

namespace MarketingAutomation.Cli.Commands;

/// <summary>`ma serve`: run the journey server for a workspace.</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var workspace = new Argument<string>("workspace")
        {
            Description = "The workspace folder to deploy at start (. is the current folder)",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var urls = new Option<string>("--urls")
        {
            Description = "Where the HTTP API listens (;-separated; port 0 picks a free port)",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
            HelpName = "url",
        };
        var data = new Option<string>("--data")
        {
            Description = "The SQLite database file [default: ./.ma/<workspace name>.db]",
            HelpName = "file.db",
        };

        var command = new Command(
            "serve",
            "Run the journey server: the HTTP API, durable contacts, timers and the outbox, with the workspace deployed at start. "
            + "Ctrl+C stops it. Exit code 0: stopped; 1: the workspace has errors; 2: usage problem.")
        {
            workspace, urls, data,
        };
        command.SetGuardedAction(console, parseResult => ServeRunner.Run(
            parseResult.GetValue(workspace) ?? ".",
            parseResult.GetValue(urls) ?? "http://127.0.0.1:5080",
            parseResult.GetValue(data),
            console));
        return command;
    }
}
