using MarketingAutomation.Language.Syntax.Generated;

namespace MarketingAutomation.Language.Formatting;

/// <summary>
/// The one change the formatter makes inside a token: a comment loses the whitespace at the end
/// of its lines (invisible, yet flagged by every editor and diff) and its line breaks become `\n`.
/// </summary>
internal static class CommentText
{
    public static string Normalize(int type, string text) => type switch
    {
        JourneyLexer.LINE_COMMENT => text.TrimEnd(),
        JourneyLexer.BLOCK_COMMENT => string.Join('\n', LineBreaks.Normalize(text).Split('\n').Select(line => line.TrimEnd())),
        _ => text,
    };
}
