using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Formatting;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Tests.Formatting;
using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Tests.Robustness;

/// <summary>
/// Puts one text through everything a keystroke in the editor triggers: parse, bind and
/// type-check (with its workspace), format. It must finish in time, throw nothing, and place
/// every diagnostic inside the text it is about.
/// </summary>
internal static class Pipeline
{
    /// <summary>
    /// A hang detector, not a speed target (speed is measured in benchmarks): the largest extreme
    /// inputs take a few seconds alone, and CI machines are shared, so the margin is wide.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>What went wrong, or null when all was well.</summary>
    public static string? Check(string text, FuzzWorkspace workspace)
    {
        // A fresh task per case: a case that hangs is abandoned and reported, and the next runs.
        var run = Task.Run(() => Run(text, workspace));
        try
        {
            if (!run.Wait(Timeout))
            {
                return $"hang: did not finish within {Timeout.TotalSeconds:0} s";
            }
        }
        catch (AggregateException failure) when (failure.InnerException is { } inner)
        {
            return $"crash: {inner.GetType().Name}: {inner.Message}\n{inner.StackTrace}";
        }

        return run.Result;
    }

    private static string? Run(string text, FuzzWorkspace workspace)
    {
        var document = new SourceText(Path.Combine(workspace.Root, workspace.FileName), text);
        var tree = SyntaxTree.Parse(document);
        if (Misplaced(tree.Diagnostics) is { } parseProblem)
        {
            return "parser: " + parseProblem;
        }

        var compilation = Compilation.Create(JourneyWorkspace.FromDocuments(workspace.Root, workspace.Companions.Append(document), FuzzWorkspace.ReadFile));
        if (Misplaced(compilation.Diagnostics) is { } bindProblem)
        {
            return "binder: " + bindProblem;
        }

        try
        {
            FormatAssert.HoldsPromises(tree, "formatter");
        }
        catch (Xunit.Sdk.XunitException broken)
        {
            return "formatter promise broken: " + broken.Message;
        }

        return null;
    }

    private static string? Misplaced(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var length = diagnostic.Source.Text.Length;
            var spans = new[] { diagnostic.Span }.Concat(diagnostic.Fix?.Edits.Select(e => e.Span) ?? []);
            if (spans.Any(span => span.Start < 0 || span.Length < 0 || span.End > length))
            {
                return $"{diagnostic.Code} span {diagnostic.Span} lies outside the text of {diagnostic.Path} ({length} chars): {diagnostic.Message}";
            }

            _ = diagnostic.ToString(); // line and column are computed from the span: must not throw
        }

        return null;
    }
}
