using MarketingAutomation.Language.Liquid;

namespace MarketingAutomation.Language.Tests.Liquid;

/// <summary>Shortcuts shared by the Liquid tests.</summary>
internal static class LiquidAssert
{
    /// <summary>Parses a template that must be free of errors (the assertion shows them if not).</summary>
    public static LiquidTemplate Valid(string text)
    {
        var template = LiquidParser.Parse(text);
        Assert.Empty(template.Errors);
        return template;
    }

    /// <summary>Parses a valid template made of exactly one node of the given kind.</summary>
    public static T SingleNode<T>(string text)
        where T : LiquidNode =>
        Assert.IsType<T>(Assert.Single(Valid(text).Nodes));

    public static LiquidError SingleError(string text) => Assert.Single(LiquidParser.Parse(text).Errors);

    /// <summary>The text an error or reference points at, which is what a user would see underlined.</summary>
    public static string Underlined(string text, int offset, int length) => text.Substring(offset, length);
}
