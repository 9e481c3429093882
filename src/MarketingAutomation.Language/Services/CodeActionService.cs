using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Services;

/// <summary>
/// Quick fixes for the diagnostics in a range: the fixes the checker attached (did you mean,
/// close the text, remove unreachable steps), plus declaring an unknown event or template.
/// </summary>
public static class CodeActionService
{
    public static IReadOnlyList<CodeAction> GetCodeActions(Compilation compilation, SyntaxTree tree, TextSpan range)
    {
        var actions = new List<CodeAction>();
        foreach (var diagnostic in compilation.Diagnostics.Where(d => d.Source == tree.Source && Overlaps(d.Span, range)))
        {
            if (diagnostic.Fix is { Edits.Count: > 0 } fix)
            {
                actions.Add(new CodeAction(fix.Title, InFile(diagnostic.Path, fix.Edits), diagnostic.Code));
            }

            var declaration =
                diagnostic.Descriptor == DiagnosticDescriptors.UnknownEvent ? DeclarationFixes.DeclareEvent(compilation, tree, diagnostic.Span)
                : diagnostic.Descriptor == DiagnosticDescriptors.UnknownTemplate ? DeclarationFixes.DeclareTemplate(tree, diagnostic.Span)
                : null;
            if (declaration is { } declare)
            {
                actions.Add(new CodeAction(declare.Title, InFile(declare.Path, [declare.Edit]), diagnostic.Code));
            }
        }

        // One action per fix: the same fix may answer several diagnostics (declare `x` where `x` is used twice).
        return actions.DistinctBy(a => (a.Title, FirstEdit(a))).ToList();
    }

    private static (string, TextSpan)? FirstEdit(CodeAction action) =>
        action.Edits.Select(e => (e.Key, e.Value.FirstOrDefault()?.Span ?? default)).FirstOrDefault();

    private static bool Overlaps(TextSpan span, TextSpan range) => span.Start <= range.End && range.Start <= span.End;

    private static Dictionary<string, IReadOnlyList<TextEdit>> InFile(string path, IReadOnlyList<TextEdit> edits) =>
        new(StringComparer.Ordinal) { [path] = edits };
}
