using MarketingAutomation.Compiler;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Benchmarks;

/// <summary>The whole `ma build` pipeline in-process, for the build benchmarks.</summary>
internal static class BuildOutput
{
    public static int Image(JourneyWorkspace workspace) =>
        JourneyCompiler.Build(Compilation.Create(workspace)).Assembly?.Length ?? 0;

    /// <summary>A broken workspace would time only the check; fail in set-up instead of measuring nonsense.</summary>
    public static void Require(JourneyWorkspace workspace)
    {
        if (JourneyCompiler.Build(Compilation.Create(workspace)) is { Success: false } result)
        {
            throw new InvalidOperationException($"{workspace.RootDirectory} does not build: {result.Diagnostics.FirstOrDefault()}");
        }
    }
}
