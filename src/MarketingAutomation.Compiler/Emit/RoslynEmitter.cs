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

    public static (byte[]? Image, ImmutableArray<Microsoft.CodeAnalysis.Diagnostic> Errors) Emit(string assemblyName, Version version, IReadOnlyList<GeneratedSource> sources)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, System.Text.Encoding.UTF8), ParseOptions, "generated/" + s.FileName)).ToList();
        trees.Add(CSharpSyntaxTree.ParseText(
            SourceText.From($"[assembly: System.Reflection.AssemblyVersion(\"{version}\")]\n", System.Text.Encoding.UTF8), ParseOptions, "generated/AssemblyInfo.g.cs"));
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            nullableContextOptions: NullableContextOptions.Enable,
            deterministic: true,
            concurrentBuild: true);
        var compilation = CSharpCompilation.Create(assemblyName, trees, ReferenceSet.References, options);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return (result.Success ? stream.ToArray() : null, errors);
    }
}
