using MarketingAutomation.Language.Formatting;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Syntax.Generated;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Tests.Formatting;

/// <summary>Formats text and checks the two promises of the formatter: idempotence and meaning.</summary>
internal static class FormatAssert
{
    public static SyntaxTree Parse(string text, string path = "test.journey") => SyntaxTree.Parse(new SourceText(path, text));

    public static FormatResult Format(string text, FormatOptions? options = null) => JourneyFormatter.Format(Parse(text), options);

    /// <summary>Formats <paramref name="input"/> and expects exactly <paramref name="expected"/>.</summary>
    public static void Formats(string input, string expected, FormatOptions? options = null)
    {
        var tree = Parse(input);
        Assert.False(tree.HasErrors, "the input should parse: " + string.Join("; ", tree.Diagnostics));
        var result = JourneyFormatter.Format(tree, options);
        Assert.Equal(expected, result.Text);
        Assert.Equal(expected != input, result.Changed);
        Assert.Equal(expected, Format(expected, options).Text);
    }

    /// <summary>
    /// The formatter's promises for one input: a file that parses is laid out without falling
    /// back to the original, keeps every token, and formatting the result changes nothing.
    /// </summary>
    public static string HoldsPromises(string input, string because, FormatOptions? options = null) =>
        HoldsPromises(Parse(input), because, options);

    public static string HoldsPromises(SyntaxTree tree, string because, FormatOptions? options = null)
    {
        var input = tree.Source.Text;
        var result = JourneyFormatter.Format(tree, options);
        if (tree.HasErrors)
        {
            Assert.True(result.Text == input && !result.Changed, $"{because}: a file with syntax errors must come back unchanged");
            return input;
        }

        var layout = JourneyFormatter.Layout(tree, options ?? FormatOptions.Default);
        var before = SignificantTokens(input);
        var after = SignificantTokens(layout);
        Assert.True(before.SequenceEqual(after), $"{because}: formatting changed the tokens at {FirstDifference(before, after)}.\n--- formatted:\n{layout}");
        Assert.Equal(layout, result.Text);

        var again = Format(result.Text, options);
        Assert.True(!again.Changed, $"{because}: formatting is not idempotent.\n--- once:\n{result.Text}\n--- twice:\n{again.Text}");
        Assert.EndsWith("\n", result.Text.Length == 0 ? "\n" : result.Text);
        Assert.DoesNotContain("\r", result.Text);
        Assert.DoesNotContain(" \n", result.Text);
        return result.Text;
    }

    private static string FirstDifference(List<(int Type, string Text)> before, List<(int Type, string Text)> after)
    {
        var index = 0;
        while (index < before.Count && index < after.Count && before[index] == after[index])
        {
            index++;
        }

        string Around(List<(int Type, string Text)> tokens) =>
            string.Join(" ", tokens.Skip(Math.Max(0, index - 3)).Take(6).Select(t => $"{t.Text}({t.Type})"));
        return $"token {index}: was [{Around(before)}], became [{Around(after)}]";
    }

    /// <summary>
    /// Type and text of every token but whitespace, comments included. Comments are compared
    /// without the whitespace that ends their lines, which the formatter trims.
    /// </summary>
    public static List<(int Type, string Text)> SignificantTokens(string text) =>
        Parse(text).Tokens
            .Where(t => t.Type != JourneyLexer.WS && t.Type != Antlr4.Runtime.TokenConstants.EOF)
            .Select(t => (t.Type, IsComment(t.Type) ? TrimLineEnds(t.Text) : t.Text))
            .ToList();

    private static bool IsComment(int type) => type is JourneyLexer.LINE_COMMENT or JourneyLexer.BLOCK_COMMENT;

    private static string TrimLineEnds(string text) =>
        string.Join("\n", text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(line => line.TrimEnd()));
}
