namespace MarketingAutomation.Language.Formatting;

/// <summary>
/// Lines up columns across neighbouring lines of one kind, the way the language's examples are
/// written (and the way terraform fmt and gofmt do it). A run of such lines ends at a blank line
/// or at any other code line; comment lines between them do not end it. The layout depends only
/// on the tokens and the author's line breaks, never on the author's spacing, so formatting
/// twice gives the same text.
/// </summary>
internal static class Aligner
{
    /// <summary>Finds the lines that take part in alignment; runs before the spacing rules.</summary>
    public static void Mark(IReadOnlyList<FormatLine> lines, FormattingFacts facts)
    {
        foreach (var line in lines)
        {
            if (line.Tokens[0].IsComment || line.SpansLines || facts.AlignedItemAt(line.Tokens[0].Offset) is not { } item)
            {
                continue;
            }

            var anchors = item.Anchors.Select(offset => line.Tokens.FindIndex(t => t.Offset == offset)).ToList();
            var lastCode = line.LastCode ?? line.Tokens[0];
            var fits = !item.SingleLineOnly || lastCode.Offset + lastCode.Text.Length >= item.End;
            if (anchors.Contains(-1) || !fits || HasSibling(line, item.Kind, facts))
            {
                continue;
            }

            line.Alignment = item;
            line.AnchorIndexes = anchors;
            if (item.Kind == AlignKind.Field)
            {
                line.Tokens[anchors[0]].IsColumnColon = true;
            }
        }
    }

    /// <summary>Pads the anchors of each run of aligned lines to a common column.</summary>
    public static void Align(IReadOnlyList<FormatLine> lines, int indentSize)
    {
        var run = new List<FormatLine>();
        foreach (var line in lines)
        {
            if (line.BlankLinesBefore > 0)
            {
                Pad(run, indentSize);
            }

            if (line.IsCommentOnly && !line.SpansLines)
            {
                continue;
            }

            if (line.Alignment is null || (run.Count > 0 && (run[0].Alignment?.Kind != line.Alignment.Kind || run[0].Indent != line.Indent)))
            {
                Pad(run, indentSize);
            }

            if (line.Alignment is not null)
            {
                run.Add(line);
            }
        }

        Pad(run, indentSize);
    }

    // Two items of one kind on one line (`a: text, b: text`) read as a list, not as a column.
    private static bool HasSibling(FormatLine line, AlignKind kind, FormattingFacts facts) =>
        line.Tokens.Skip(1).Any(t => facts.AlignedItemAt(t.Offset)?.Kind == kind);

    private static void Pad(List<FormatLine> run, int indentSize)
    {
        var columns = run.Count == 0 ? 0 : run.Max(l => l.AnchorIndexes.Count);
        for (var column = 0; column < columns; column++)
        {
            var members = run.Where(l => column < l.AnchorIndexes.Count).ToList();
            var target = members.Max(l => ColumnOf(l, l.AnchorIndexes[column], indentSize));
            foreach (var line in members)
            {
                var anchor = line.Tokens[line.AnchorIndexes[column]];
                anchor.Padding += target - ColumnOf(line, line.AnchorIndexes[column], indentSize);
            }
        }

        run.Clear();
    }

    /// <summary>The column a token starts at, with the padding given so far.</summary>
    private static int ColumnOf(FormatLine line, int index, int indentSize)
    {
        var column = line.Indent * indentSize;
        for (var i = 0; i <= index; i++)
        {
            var token = line.Tokens[i];
            column += (i == 0 ? 0 : token.SpaceBefore + token.Padding) + (i < index ? token.Text.Length : 0);
        }

        return column;
    }
}
