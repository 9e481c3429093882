using Antlr4.Runtime;
using MarketingAutomation.Language.Syntax.Generated;

namespace MarketingAutomation.Language.Formatting;

/// <summary>One code or comment token as the formatter places it.</summary>
internal sealed class FormatToken(IToken token, int originalColumn)
{
    public int Type { get; } = token.Type;

    public int Offset { get; } = token.StartIndex;

    /// <summary>The token's text; in a comment, line breaks become `\n` and trailing whitespace goes.</summary>
    public string Text { get; } = CommentText.Normalize(token.Type, token.Text);

    /// <summary>The column the author wrote the token at: a trailing comment keeps it if it can.</summary>
    public int OriginalColumn { get; } = originalColumn;

    public bool IsComment => Type is JourneyLexer.LINE_COMMENT or JourneyLexer.BLOCK_COMMENT;

    public bool SpansLines => Text.Contains('\n');

    /// <summary>Spaces between this token and the previous one on its line, by the spacing rules.</summary>
    public int SpaceBefore { get; set; }

    /// <summary>Extra spaces before the token that line it up with its neighbours.</summary>
    public int Padding { get; set; }

    /// <summary>Set on a field's colon when it stands in a column of its own: `name : type`.</summary>
    public bool IsColumnColon { get; set; }
}

/// <summary>The tokens the author wrote on one line, and how the formatter lays the line out.</summary>
internal sealed class FormatLine(int blankLinesBefore)
{
    public List<FormatToken> Tokens { get; } = [];

    /// <summary>Blank lines the author left above this line (the printer keeps at most one).</summary>
    public int BlankLinesBefore { get; } = blankLinesBefore;

    public int Indent { get; set; }

    /// <summary>The first token that is not a comment, or null on a line of comments only.</summary>
    public FormatToken? FirstCode => Tokens.FirstOrDefault(t => !t.IsComment);

    /// <summary>The last token that is not a comment, or null on a line of comments only.</summary>
    public FormatToken? LastCode => Tokens.LastOrDefault(t => !t.IsComment);

    public bool IsCommentOnly => FirstCode is null;

    public bool SpansLines => Tokens.Any(t => t.SpansLines);

    public AlignedItem? Alignment { get; set; }

    /// <summary>Indexes in <see cref="Tokens"/> of the tokens that start aligned columns.</summary>
    public IReadOnlyList<int> AnchorIndexes { get; set; } = [];

    /// <summary>
    /// Splits a file's tokens into the lines the author wrote. Whitespace is dropped; only the
    /// line breaks it held are kept, as a count of blank lines above each line.
    /// </summary>
    public static List<FormatLine> Split(IReadOnlyList<IToken> tokens, Func<int, int> columnOf)
    {
        var lines = new List<FormatLine>();
        FormatLine? current = null;
        var breaks = 0;
        foreach (var token in tokens)
        {
            if (token.Type == TokenConstants.EOF)
            {
                break;
            }

            if (token.Type == JourneyLexer.WS)
            {
                breaks += LineBreaks.Count(token.Text);
                continue;
            }

            if (current is null || breaks > 0)
            {
                current = new FormatLine(lines.Count == 0 ? 0 : Math.Max(0, breaks - 1));
                lines.Add(current);
            }

            current.Tokens.Add(new FormatToken(token, columnOf(token.StartIndex)));
            breaks = 0;
        }

        return lines;
    }
}
