using MarketingAutomation.LanguageServer.Protocol;
using MarketingAutomation.LanguageServer.Workspaces;
using LanguageTextEdit = MarketingAutomation.Language.Diagnostics.TextEdit;

namespace MarketingAutomation.LanguageServer.Conversion;

/// <summary>Edits by file path, as the language services give them, into an LSP workspace edit.</summary>
internal static class EditConversions
{
    public static WorkspaceEdit ToWorkspaceEdit(WorkspaceSnapshot snapshot, IReadOnlyDictionary<string, IReadOnlyList<LanguageTextEdit>> editsByPath)
    {
        var changes = new Dictionary<string, IReadOnlyList<TextEdit>>(StringComparer.Ordinal);
        foreach (var (path, edits) in editsByPath)
        {
            if (snapshot.SourceOf(path) is not { } source)
            {
                throw new InvalidOperationException($"The edit names {path}, which cannot be read.");
            }

            changes[snapshot.UriOf(path)] = edits.Select(e => new TextEdit(Positions.ToRange(source, e.Span), e.NewText)).ToList();
        }

        return new WorkspaceEdit(changes);
    }
}
