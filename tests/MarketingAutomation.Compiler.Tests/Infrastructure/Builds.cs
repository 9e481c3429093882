using System.Runtime.Loader;
using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Compiler.Tests.Infrastructure;

/// <summary>Builds workspaces and loads their assemblies into collectible contexts.</summary>
internal static class Builds
{
    public static BuildResult Example(string name) => JourneyCompiler.Build(Compilation.Create(JourneyWorkspace.FromDirectory(Repository.Example(name))));

    public static BuildResult FromText(params (string File, string Text)[] files) =>
        JourneyCompiler.Build(Compilation.Create(InMemory(files)));

    public static JourneyWorkspace InMemory(params (string File, string Text)[] files) =>
        JourneyWorkspace.FromDocuments("/virtual/ws", files.Select(f => new SourceText("/virtual/ws/" + f.File, f.Text)));

    public static JourneyCatalog Load(BuildResult result)
    {
        var image = result.Assembly ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        var context = new AssemblyLoadContext("journeys", isCollectible: true);
        var assembly = context.LoadFromStream(new MemoryStream(image));
        var type = assembly.GetTypes().Single(t => typeof(JourneyCatalog).IsAssignableFrom(t));
        return (JourneyCatalog)(Activator.CreateInstance(type) ?? throw new InvalidOperationException());
    }
}
