using System.CommandLine;
using MarketingAutomation.Cli.Deploy;

namespace MarketingAutomation.Cli.Commands;

/// <summary>`ma deploy`: send a workspace to a running server.</summary>
internal static class DeployCommand
{
    /// <summary>Where a pipeline keeps the key it deploys with, as a secret, rather than on the command line.</summary>
    private const string AdminKeyVariable = "MA_ADMIN_KEY";

    public static Command Create(CliConsole console)
    {
        var workspace = new Argument<string>("workspace")
        {
            Description = "The workspace folder to deploy (. is the current folder)",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var server = new Option<string>("--server")
        {
            Description = "The server's base URL, such as http://127.0.0.1:5080",
            Required = true,
            HelpName = "url",
        };
        var key = new Option<string>("--key")
        {
            Description = $"The server's admin API key; default: the {AdminKeyVariable} environment variable, which keeps it out of the list of running processes and the shell's history",
            HelpName = "key",
        };

        var command = new Command(
            "deploy",
            "Deploy a workspace to a running server (POST /v1/deploy). Running journeys finish on the version they started on. "
            + "Exit code 0: deployed (or already current); 1: the workspace has errors; 2: usage problem, or the server refused or could not be reached.")
        {
            workspace, server, key,
        };
        command.SetGuardedAction(console, parseResult => DeployClient.Run(
            parseResult.GetValue(workspace) ?? ".",
            parseResult.GetValue(server) ?? string.Empty,
            AdminKey(parseResult.GetValue(key)),
            console));
        return command;
    }

    private static string AdminKey(string? option) =>
        option is { Length: > 0 } ? option
        : Environment.GetEnvironmentVariable(AdminKeyVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
        : throw new UsageException($"no admin key: give the server's admin key with --key, or in the {AdminKeyVariable} environment variable");
}
