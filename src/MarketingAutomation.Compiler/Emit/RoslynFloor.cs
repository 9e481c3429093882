namespace MarketingAutomation.Compiler.Emit;

/// <summary>
/// Roslyn's own floor: one empty class through exactly the emitter, references and options that
/// a workspace build uses. Benchmarks divide build times by it, so that the goals ("within 1.5x
/// of the floor") stay meaningful on any machine and under any load.
/// </summary>
public static class RoslynFloor
{
    public const string AssemblyName = "Floor";

    /// <summary>The emitted image; throws if Roslyn fails, since then nothing else would build either.</summary>
    public static byte[] Emit() =>
        Emit([new GeneratedSource("Floor.g.cs", "namespace Floor { public sealed class Empty { } }\n")]);

    /// <summary>
    /// Given C# (for example generated files that `ma build --emit-cs` wrote) through the same
    /// emitter: what Roslyn alone costs for part of a build, without the journey language's work.
    /// </summary>
    public static byte[] Emit(IReadOnlyList<GeneratedSource> sources)
    {
        var (image, errors) = RoslynEmitter.Emit(AssemblyName, new Version(1, 0, 0, 0), sources);
        return image ?? throw new InvalidOperationException("Roslyn could not emit the floor's sources: " + string.Join("; ", errors));
    }
}
