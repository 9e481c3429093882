using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Services;

/// <summary>
/// Context-sensitive completion: what can be written at the cursor, from the declarations of
/// the whole workspace. Nothing is offered inside comments and texts.
/// </summary>
public static class CompletionService
{
    public static IReadOnlyList<CompletionItem> GetCompletions(Compilation compilation, SyntaxTree tree, int position)
    {
        if (position < 0 || position > tree.Source.Text.Length || CursorTokens.IsInCommentOrString(tree, position))
        {
            return [];
        }

        var context = CompletionScanner.Scan(compilation.Model.Symbols, tree, position);
        var items = context.Current.Kind switch
        {
            FrameKind.TopLevel => DeclarationCompletions.TopLevel(context),
            FrameKind.Journey or FrameKind.Block => StepCompletions.For(context),
            FrameKind.Test => TestCompletions.For(context),
            FrameKind.ScoreRules => DeclarationCompletions.ScoreRules(context),
            FrameKind.Policy => DeclarationCompletions.Policy(context),
            FrameKind.TemplateParts => DeclarationCompletions.TemplateParts(context),
            FrameKind.ContactFields or FrameKind.EventFields => DeclarationCompletions.FieldList(context),
            FrameKind.TemplateArguments or FrameKind.Payload or FrameKind.EventPayload or FrameKind.ContactProfile => DeclarationCompletions.ObjectLiteral(context),
            FrameKind.WaitFor when context.Statement.Count == 0 => CompletionItems.Keywords("received", "timeout"),
            FrameKind.Preferred => DeclarationCompletions.Preferred(context),
            _ => [],
        };
        return items.DistinctBy(i => (i.Label, i.Kind)).ToList();
    }
}
