using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace MarketingAutomation.Compiler.Emit;

/// <summary>
/// One deterministic Roslyn compilation per workspace. Paths in the output are the generated
/// files' relative names and the scripts' file names (from `#line`), so the bytes depend only on
/// the sources. Debug information is embedded, so stack traces name .journey lines.
/// </summary>
internal static class RoslynEmitter
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp13, DocumentationMode.None);

    // Keyed by file name, so it holds one tree per generated file name (the last workspace built);
    // the cap, about 25 times the shop's generated text, only bounds a very large workspace.
    private static readonly SyntaxTreeCache Trees = new(maxCharacters: 4_000_000);

    // Generated code has no nullable reference annotations (see GeneratedFile), so the context is off.
    private static readonly CSharpCompilationOptions CompilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Disable,
        deterministic: true,
        concurrentBuild: true);

    public static (byte[]? Image, ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> Errors) Emit(string assemblyName, Version version, IReadOnlyList<GeneratedSource> sources)
    {
        // Parsed before waiting, so that parsing overlaps a warm-up still running on the other core.
        var trees = Parse(sources, version);
        RoslynWarmUp.Wait();
        return Emit(assemblyName, trees);
    }

    /// <summary>For <see cref="RoslynWarmUp"/> itself, which cannot wait for itself.</summary>
    internal static (byte[]? Image, ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> Errors) EmitUnwaited(string assemblyName, Version version, IReadOnlyList<GeneratedSource> sources) =>
        Emit(assemblyName, Parse(sources, version));

    private static List<SyntaxTree> Parse(IReadOnlyList<GeneratedSource> sources, Version version) =>
        sources
            .Append(new GeneratedSource("AssemblyInfo.g.cs", $"[assembly: System.Reflection.AssemblyVersion(\"{version}\")]\n"))
            .Select(s => Trees.GetOrParse(s.FileName, s.Text, text => CSharpSyntaxTree.ParseText(SourceText.From(text, System.Text.Encoding.UTF8), ParseOptions, "generated/" + s.FileName)))
            .ToList();

    private static (byte[]? Image, ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> Errors) Emit(string assemblyName, List<SyntaxTree> trees)
    {
        var compilation = CSharpCompilation.Create(assemblyName, trees, ReferenceSet.References, CompilationOptions);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return (result.Success ? stream.ToArray() : null, errors);
    }
}
