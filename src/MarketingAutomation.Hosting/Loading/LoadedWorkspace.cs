using System.Runtime.Loader;
using MarketingAutomation.Compiler;
using MarketingAutomation.Language.Workspace;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Hosting.Loading;

/// <summary>
/// A workspace checked, compiled and loaded into this process: what `ma test` and `ma run` execute.
/// The assembly lives in its own collectible load context and shares the runtime contract with the host.
/// </summary>
public sealed class LoadedWorkspace
{
    private LoadedWorkspace(Compilation compilation, BuildResult build, JourneyCatalog? catalog)
    {
        Compilation = compilation;
        Build = build;
        Catalog = catalog;
    }

    public Compilation Compilation { get; }

    public BuildResult Build { get; }

    /// <summary>The compiled workspace; null when the check found errors (see <see cref="Build"/>'s diagnostics).</summary>
    public JourneyCatalog? Catalog { get; }

    public static LoadedWorkspace FromDirectory(string directory)
    {
        // Roslyn warms up on the other core while this thread reads, checks and lowers the workspace.
        JourneyCompiler.WarmUp();
        return From(Compilation.Create(JourneyWorkspace.FromDirectory(directory)));
    }

    public static LoadedWorkspace From(Compilation compilation)
    {
        var build = JourneyCompiler.Build(compilation);
        return new LoadedWorkspace(compilation, build, build.Assembly is { } image ? Load(image) : null);
    }

    private static JourneyCatalog Load(byte[] image)
    {
        var context = new AssemblyLoadContext("journeys", isCollectible: true);
        var assembly = context.LoadFromStream(new MemoryStream(image));
        var type = assembly.GetTypes().Single(t => typeof(JourneyCatalog).IsAssignableFrom(t) && !t.IsAbstract);
        return (JourneyCatalog)(Activator.CreateInstance(type) ?? throw new InvalidOperationException("The compiled catalog could not be created."));
    }
}
