using MarketingAutomation.Compiler;
using MarketingAutomation.Language.Workspace;
using MarketingAutomation.Server.Deployments;

namespace MarketingAutomation.Cli.Build;

/// <summary>
/// Builds one workspace folder and writes the assembly, the manifest, the sources it was built
/// from (`sources/`: the scripts and template files, so `ma deploy` can ship the build and the
/// server can check it gets the same content hash) and optionally the generated C#.
/// </summary>
internal static class BuildRunner
{
    public const string SourcesFolder = "sources";

    public static BuildResult Run(string workspaceFolder, string outputFolder, bool emitCSharp)
    {
        if (!Directory.Exists(workspaceFolder))
        {
            throw new UsageException($"'{workspaceFolder}' is not a workspace folder.");
        }

        // Roslyn warms up on the second core while this thread reads, checks and lowers the workspace.
        JourneyCompiler.WarmUp();
        var result = JourneyCompiler.Build(Compilation.Create(JourneyWorkspace.FromDirectory(workspaceFolder)));
        if (!result.Success || result.Assembly is not { } image || result.Manifest is not { } manifest)
        {
            return result;
        }

        if (File.Exists(outputFolder))
        {
            throw new UsageException($"cannot write the build to {outputFolder}: it is a file, and the build is a folder (the assembly, manifest.json and sources/)");
        }

        try
        {
            Write(workspaceFolder, outputFolder, result, image, manifest, emitCSharp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write the build to {outputFolder}: {e.Message}", e);
        }

        return result;
    }

    private static void Write(string workspaceFolder, string outputFolder, BuildResult result, byte[] image, BuildManifest manifest, bool emitCSharp)
    {
        Directory.CreateDirectory(outputFolder);
        File.WriteAllBytes(Path.Combine(outputFolder, result.AssemblyName + ".dll"), image);
        File.WriteAllText(Path.Combine(outputFolder, "manifest.json"), manifest.ToJson());
        var sources = Path.Combine(outputFolder, SourcesFolder);
        if (Directory.Exists(sources))
        {
            Directory.Delete(sources, recursive: true);
        }

        foreach (var (relative, text) in WorkspaceSources.ReadFolder(workspaceFolder))
        {
            var path = Path.Combine(sources, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        if (emitCSharp)
        {
            var generated = Path.Combine(outputFolder, "generated");
            Directory.CreateDirectory(generated);
            foreach (var source in result.Sources)
            {
                File.WriteAllText(Path.Combine(generated, source.FileName), source.Text);
            }
        }
    }
}
