using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Language.Formatting;

/// <summary>
/// Pretty-prints a journey file from its token stream. Every token is written again, comments
/// included, so nothing but whitespace can change; the author's line breaks are kept (at most one
/// blank line in a row), indentation follows the nesting of brackets, and gaps follow the house
/// style. Shared by `ma fmt` and the editor.
/// </summary>
public static class JourneyFormatter
{
    /// <summary>
    /// Formats one parsed file. A file with syntax errors comes back unchanged: where the tree is
    /// guesswork, so would the layout be.
    /// </summary>
    public static FormatResult Format(SyntaxTree tree, FormatOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var original = tree.Source.Text;
        if (tree.HasErrors)
        {
            return new FormatResult(original, false);
        }

        var text = Layout(tree, options ?? FormatOptions.Default);
        if (!MeaningCheck.SameTokens(tree.Tokens, text))
        {
            return new FormatResult(original, false);
        }

        return new FormatResult(text, !string.Equals(text, original, StringComparison.Ordinal));
    }

    /// <summary>The formatted text, without the safety check that <see cref="Format"/> adds.</summary>
    internal static string Layout(SyntaxTree tree, FormatOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.IndentSize);
        var facts = FormattingFacts.Collect(tree);
        var lines = FormatLine.Split(tree.Tokens, offset => tree.Source.GetLinePosition(offset).Character);
        Indenter.Indent(lines, facts);
        if (options.AlignColumns)
        {
            Aligner.Mark(lines, facts);
        }

        Spacing.Apply(lines, facts);
        if (options.AlignColumns)
        {
            Aligner.Align(lines, options.IndentSize);
        }

        return Printer.Print(lines, options.IndentSize);
    }
}
