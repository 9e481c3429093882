using MarketingAutomation.Language.Services;
using MarketingAutomation.LanguageServer.Conversion;
using MarketingAutomation.LanguageServer.Protocol;

namespace MarketingAutomation.LanguageServer.Features;

/// <summary>Quick fixes for the asked-for range, each tied to the diagnostic it answers.</summary>
internal static class CodeActionFeature
{
    public static IReadOnlyList<Protocol.CodeAction> Get(DocumentContext document, Protocol.Range range)
    {
        var span = Positions.ToSpan(document.Source, range);
        var actions = CodeActionService.GetCodeActions(document.Snapshot.Compilation, document.Tree, span);
        var result = new List<Protocol.CodeAction>();
        foreach (var action in actions)
        {
            var answered = document.Model.Diagnostics
                .Where(d => d.Code == action.DiagnosticCode && d.Source == document.Source && Touches(d.Span, span))
                .Select(DiagnosticConverter.ToProtocol)
                .Take(1)
                .ToList();
            var edit = EditConversions.ToWorkspaceEdit(document.Snapshot, action.Edits);
            result.Add(new Protocol.CodeAction(action.Title, "quickfix", answered.Count > 0 ? answered : null, null, edit));
        }

        return result.Count == 1 ? [result[0] with { IsPreferred = true }] : result;
    }

    private static bool Touches(Language.Text.TextSpan a, Language.Text.TextSpan b) => a.Start <= b.End && b.Start <= a.End;
}
