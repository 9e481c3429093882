using MarketingAutomation.Language.Formatting;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;
using MarketingAutomation.LanguageServer.Conversion;
using MarketingAutomation.LanguageServer.Protocol;

namespace MarketingAutomation.LanguageServer.Features;

/// <summary>Formats a whole document exactly as `ma fmt` does; nothing when it is already tidy or has syntax errors.</summary>
internal static class FormattingFeature
{
    /// <summary>
    /// The editor's tab size is ignored on purpose: the house style is the one `ma fmt --check`
    /// enforces in CI, and a file formatted in the editor must pass it.
    /// </summary>
    public static IReadOnlyList<TextEdit> Format(SyntaxTree tree)
    {
        var result = JourneyFormatter.Format(tree);
        if (!result.Changed)
        {
            return [];
        }

        var whole = Positions.ToRange(tree.Source, new TextSpan(0, tree.Source.Text.Length));
        return [new TextEdit(whole, result.Text)];
    }
}
