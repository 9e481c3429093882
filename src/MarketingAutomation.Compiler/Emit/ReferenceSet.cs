using Microsoft.CodeAnalysis;

namespace MarketingAutomation.Compiler.Emit;

/// <summary>
/// The only assemblies generated code may reference: the core library and the runtime
/// contract. Taken from the running framework by an allow-list, so no file, process or network
/// assembly is ever in reach, and loaded once per process (metadata is the costly part of a build).
/// </summary>
public static class ReferenceSet
{
    /// <summary>The framework assemblies allowed, by file name without extension.</summary>
    public static IReadOnlyList<string> AllowedFrameworkAssemblies { get; } = ["System.Private.CoreLib", "System.Runtime"];

    private static readonly Lazy<IReadOnlyList<MetadataReference>> All = new(Load);

    public static IReadOnlyList<MetadataReference> References => All.Value;

    private static IReadOnlyList<MetadataReference> Load()
    {
        var trusted = (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var framework = trusted
            .Where(path => AllowedFrameworkAssemblies.Contains(Path.GetFileNameWithoutExtension(path), StringComparer.Ordinal))
            .DistinctBy(Path.GetFileName)
            .OrderBy(Path.GetFileName, StringComparer.Ordinal)
            .ToList();
        if (framework.Count != AllowedFrameworkAssemblies.Count)
        {
            throw new InvalidOperationException("The running .NET framework lacks an assembly that compiled journeys need: " + string.Join(", ", framework));
        }

        var runtime = typeof(Runtime.CompiledJourney).Assembly.Location;
        return [.. framework.Select(p => MetadataReference.CreateFromFile(p)), MetadataReference.CreateFromFile(runtime)];
    }
}
