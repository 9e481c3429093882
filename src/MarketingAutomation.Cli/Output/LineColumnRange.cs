using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Cli.Output;

/// <summary>
/// A span as one-based lines and columns, as every machine format counts them. Columns count
/// UTF-16 code units; the end column is the one just after the last character (exclusive).
/// </summary>
internal readonly record struct LineColumnRange(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static LineColumnRange From(SourceText source, TextSpan span)
    {
        var start = source.GetLinePosition(span.Start);
        var end = source.GetLinePosition(span.End);
        return new LineColumnRange(start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1);
    }
}
