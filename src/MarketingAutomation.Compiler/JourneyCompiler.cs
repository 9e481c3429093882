using MarketingAutomation.Compiler.Emit;
using MarketingAutomation.Compiler.Lowering;
using MarketingAutomation.Compiler.Lowering.Catalog;
using MarketingAutomation.Compiler.Versioning;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Compiler;

/// <summary>
/// Compiles a checked workspace to a .NET assembly: lowering to C# (schema, journeys, catalog),
/// then one Roslyn compilation. Only workspaces without errors are lowered.
/// </summary>
public static class JourneyCompiler
{
    public static BuildResult Build(Compilation compilation) => Build(compilation, rewrite: null);

    /// <summary>
    /// Starts Roslyn's one-time warm-up on another thread (<see cref="RoslynWarmUp"/>), for a fresh
    /// process to call before it reads and checks a workspace it will build. Returns at once; the
    /// next build that emits waits for it and rethrows its failure. <see cref="Build(Compilation)"/>
    /// starts it too, once the workspace has no errors.
    /// </summary>
    public static void WarmUp() => RoslynWarmUp.Start();

    /// <param name="rewrite">A test seam: changes generated files before Roslyn sees them, to prove internal errors map back to scripts.</param>
    internal static BuildResult Build(Compilation compilation, Func<GeneratedSource, GeneratedSource>? rewrite)
    {
        var workspaceName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(compilation.Workspace.RootDirectory)));
        var assemblyName = AssemblyIdentity.Name(workspaceName);
        var errors = compilation.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            return new BuildResult(null, assemblyName, [], null, compilation.Diagnostics);
        }

        RoslynWarmUp.Start();

        var model = compilation.Model;
        var documents = compilation.Workspace.Documents;
        var lines = new SourceLines(documents);
        var fallback = documents.Count > 0 ? documents[0] : new Language.Text.SourceText("workspace", string.Empty);
        var contentHash = ContentHashes.Workspace(documents, model.Symbols);
        var version = AssemblyIdentity.Version(contentHash);

        List<GeneratedSource> sources;
        BuildManifest manifest;
        try
        {
            // Policy blocks have no symbols: the catalog reads their syntax.
            var policies = compilation.SyntaxTrees.SelectMany(t => t.Root.Declarations.OfType<Language.Syntax.PolicyDeclarationSyntax>()).ToList();
            (sources, manifest) = Lower(model, policies, lines, contentHash, assemblyName, version);
        }
        catch (LoweringException e)
        {
            return new BuildResult(null, assemblyName, [], null, [.. compilation.Diagnostics, InternalErrors.FromLowering(e, fallback)]);
        }

        if (rewrite is not null)
        {
            sources = sources.Select(rewrite).ToList();
        }

        var (image, roslynErrors) = RoslynEmitter.Emit(assemblyName, version, sources);
        var internalErrors = roslynErrors.Select(e => InternalErrors.FromRoslyn(e, lines, fallback)).Distinct().ToList();
        return new BuildResult(internalErrors.Count == 0 ? image : null, assemblyName, sources, manifest, [.. compilation.Diagnostics, .. internalErrors]);
    }

    private static (List<GeneratedSource>, BuildManifest) Lower(
        Language.Binding.SemanticModel model,
        IReadOnlyList<Language.Syntax.PolicyDeclarationSyntax> policies,
        SourceLines lines,
        string contentHash,
        string assemblyName,
        Version version)
    {
        var names = new SchemaNames(model.Symbols);
        var expressions = new ExpressionLowerer(names);
        var sources = new List<GeneratedSource> { new("Schema.g.cs", new SchemaLowerer(names, expressions, lines).Write()) };
        var journeys = new List<ManifestJourney>();
        var lowerer = new JourneyLowerer(names, expressions, lines);
        var referencesByFile = model.References.ToLookup(r => r.Source);
        foreach (var journey in model.Symbols.Journeys.OrderBy(j => j.Name, StringComparer.Ordinal))
        {
            var journeyVersion = journey.Source is { } file
                ? ContentHashes.Journey(journey, model, referencesByFile[file])
                : ContentHashes.Journey(journey, model);
            var className = names.Journey(journey.Name);
            try
            {
                sources.Add(new(className + ".g.cs", lowerer.Write(journey, journeyVersion)));
            }
            catch (LoweringException e) when (e.Script is null)
            {
                throw new LoweringException(e.Message) { Script = journey.Source, Span = journey.NameSpan };
            }

            var facts = JourneyFacts.Of(journey);
            journeys.Add(new ManifestJourney(journey.Name, journeyVersion, className, facts.Trigger, facts.TriggerSubject, facts.TriggerDescription));
        }

        sources.Add(new(SchemaNames.CatalogType + ".g.cs", new CatalogLowerer(names, expressions, policies).Write(contentHash)));
        return (sources, new BuildManifest(assemblyName + ".dll", version.ToString(), contentHash, journeys));
    }
}
