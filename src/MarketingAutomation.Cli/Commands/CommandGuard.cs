using System.CommandLine;

namespace MarketingAutomation.Cli.Commands;

/// <summary>Turns a <see cref="UsageException"/> from any command into its one line and exit code 2.</summary>
internal static class CommandGuard
{
    public static void SetGuardedAction(this Command command, CliConsole console, Func<ParseResult, int> action) =>
        command.SetAction(parseResult =>
        {
            try
            {
                return action(parseResult);
            }
            catch (UsageException exception)
            {
                console.Error.WriteLine($"ma: {OneLine.Of(exception.Message)}");
                return ExitCodes.UsageOrInput;
            }
        });
}
