using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;
using MarketingAutomation.Cli.Commands;

namespace MarketingAutomation.Cli;

/// <summary>The `ma` command tree, and how a command line becomes an exit code.</summary>
internal static class CliApplication
{
    public static int Run(string[] args)
    {
        // Console.Out flushes on every write; one buffered writer keeps large reports fast.
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
        try
        {
            var console = new CliConsole(output, Console.Error, Console.IsOutputRedirected, Environment.GetEnvironmentVariable);
            return Run(args, console);
        }
        finally
        {
            output.Flush();
        }
    }

    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Check, format, build, test and run journey workspaces (.journey files) for marketing automation.");
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(FmtCommand.Create(console));
        root.Subcommands.Add(BuildCommand.Create(console));
        root.Subcommands.Add(TestCommand.Create(console));
        root.Subcommands.Add(RunCommand.Create(console));
        root.Subcommands.Add(ServeCommand.Create(console));
        root.Subcommands.Add(DeployCommand.Create(console));

        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            // System.CommandLine would print the whole help text and exit 1; a CI log reads better
            // with one line per problem, and exit code 2 keeps usage errors apart from findings.
            foreach (var error in parseResult.Errors)
            {
                console.Error.WriteLine($"ma: {OneLine.Of(error.Message)}");
            }

            console.Error.WriteLine($"Run '{CommandPath(parseResult)} --help' for usage.");
            return ExitCodes.UsageOrInput;
        }

        return parseResult.Invoke(new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            // Exceptions go to Program, which tells bugs (exit 3) apart from everything expected.
            EnableDefaultExceptionHandler = false,
        });
    }

    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command is RootCommand ? "ma" : result.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
