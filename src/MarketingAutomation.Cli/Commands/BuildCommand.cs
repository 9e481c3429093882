using System.CommandLine;
using MarketingAutomation.Cli.Build;
using MarketingAutomation.Cli.Check;
using MarketingAutomation.Cli.Output;

namespace MarketingAutomation.Cli.Commands;

/// <summary>`ma build`: compile a workspace to a .NET assembly plus manifest.json.</summary>
internal static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var workspace = new Argument<string>("workspace")
        {
            Description = "The workspace folder to build (. is the current folder)",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Folder to write <name>.Journeys.dll and manifest.json to",
            DefaultValueFactory = _ => "bin",
            HelpName = "folder",
        };
        var emitCs = new Option<bool>("--emit-cs")
        {
            Description = "Also write the generated C# to <output>/generated, for inspection",
        };
        var noColor = new Option<bool>("--no-color")
        {
            Description = "Never colour diagnostics",
        };

        var command = new Command(
            "build",
            "Compile a workspace's journeys to a .NET assembly. "
            + "Exit code 0: built; 1: the workspace has errors (nothing is written); 2: usage or input problem.")
        {
            workspace, output, emitCs, noColor,
        };
        command.SetGuardedAction(console, parseResult =>
        {
            var result = BuildRunner.Run(parseResult.GetValue(workspace) ?? ".", parseResult.GetValue(output) ?? "bin", parseResult.GetValue(emitCs));
            var settings = new OutputSettings(BasePath: BasePath.Resolve(null), UseColor: ColorPolicy.ShouldUseColor(parseResult.GetValue(noColor), console));
            if (!result.Success)
            {
                OutputFormats.CreateWriter(OutputFormats.Human, settings).Write(new CheckReport(result.Diagnostics, result.Sources.Count), console.Out);
                return ExitCodes.Problems;
            }

            console.Out.WriteLine($"Built {result.AssemblyName}.dll: {result.Manifest?.Journeys.Count ?? 0} journeys.");
            return ExitCodes.Success;
        });
        return command;
    }
}
