using MarketingAutomation.Compiler.Emit;
using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Compiler;

/// <summary>
/// The outcome of a build: the assembly image (null when there are errors), the generated C#,
/// the manifest, and diagnostics (the workspace's own, or internal errors).
/// </summary>
public sealed record BuildResult(
    byte[]? Assembly,
    string AssemblyName,
    IReadOnlyList<GeneratedSource> Sources,
    BuildManifest? Manifest,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Success => Assembly is not null && !Diagnostics.Any(d => d.IsError);
}
