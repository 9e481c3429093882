using MarketingAutomation.Language.Services;
using MarketingAutomation.LanguageServer.Conversion;
using MarketingAutomation.LanguageServer.Hosting;
using MarketingAutomation.LanguageServer.Protocol;

namespace MarketingAutomation.LanguageServer.Features;

internal static class RenameFeature
{
    public static PrepareRenameResult? Prepare(DocumentContext document, Position position) =>
        RenameService.PrepareRename(document.Snapshot.Compilation, document.Tree, document.OffsetOf(position)) is { } found
            ? new PrepareRenameResult(document.RangeOf(found.Span), found.Placeholder)
            : null;

    /// <summary>The edits; a refused rename throws an error whose message the editor shows.</summary>
    public static WorkspaceEdit Rename(DocumentContext document, Position position, string newName)
    {
        var result = RenameService.Rename(document.Snapshot.Compilation, document.Tree, document.OffsetOf(position), newName);
        if (result.Error is { } error)
        {
            throw RequestGuard.Failed(error);
        }

        return EditConversions.ToWorkspaceEdit(document.Snapshot, result.Edits);
    }
}
