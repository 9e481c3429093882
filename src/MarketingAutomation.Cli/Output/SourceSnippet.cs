using System.Text;
using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Cli.Output;

/// <summary>
/// The quoted source line under a human-format diagnostic, with its line number in a gutter and
/// carets under the span:
/// <code>
///   |
/// 5 |   sendd email welcome
///   |   ^^^^^
/// </code>
/// </summary>
internal static class SourceSnippet
{
    /// <summary>The most of a line quoted: a longer one (generated or minified text) is cut to the part around the span.</summary>
    private const int MaxWidth = 120;

    /// <summary>How much of a cut line is kept before the span.</summary>
    private const int LeadIn = 40;

    private const string Cut = "…";

    public static void Write(Diagnostic diagnostic, Ansi ansi, TextWriter output)
    {
        var start = diagnostic.Start;
        var end = diagnostic.End;
        var lineNumber = (start.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var blank = new string(' ', lineNumber.Length);
        var line = diagnostic.Source.GetLineText(start.Line);

        // A span over several lines is underlined only on its first line, to its end.
        var caretEnd = end.Line == start.Line ? end.Character : line.Length;
        var (shown, column, caretCount) = Window(line, start.Character, Math.Max(1, caretEnd - start.Character));

        output.WriteLine($"{ansi.Gutter(blank + " |")}");
        output.WriteLine($"{ansi.Gutter(lineNumber + " |")} {Printable(shown)}");
        output.WriteLine($"{ansi.Gutter(blank + " |")} {Indent(shown, column)}{ansi.Severity(diagnostic.Severity, new string('^', caretCount))}");
    }

    /// <summary>
    /// The part of the line to quote, where the span starts in it, and how many carets fit: the
    /// whole line when it is short, else at most <see cref="MaxWidth"/> characters from a little
    /// before the span, with a mark at each end that was cut.
    /// </summary>
    private static (string Shown, int Column, int Carets) Window(string line, int column, int carets)
    {
        if (line.Length <= MaxWidth)
        {
            return (line, column, carets);
        }

        var from = Math.Clamp(column - LeadIn, 0, line.Length - MaxWidth);
        var to = from + MaxWidth;
        // Never half a character made of two UTF-16 units.
        from += from > 0 && char.IsLowSurrogate(line[from]) ? 1 : 0;
        to -= to < line.Length && char.IsHighSurrogate(line[to - 1]) ? 1 : 0;
        var head = from > 0 ? Cut : string.Empty;
        var tail = to < line.Length ? Cut : string.Empty;
        var shownColumn = head.Length + column - from;
        var shownCarets = Math.Max(1, Math.Min(carets, to - column));
        return (head + line[from..to] + tail, shownColumn, shownCarets);
    }

    // Control characters (an odd byte in a file, an escape sequence) must not reach the terminal;
    // each becomes one visible replacement character, so the carets stay aligned.
    private static string Printable(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            builder.Append(c != '\t' && char.IsControl(c) ? '\uFFFD' : c);
        }

        return builder.ToString();
    }

    // Tabs are copied rather than turned into spaces, so the carets line up however wide the
    // terminal draws a tab.
    private static string Indent(string line, int column)
    {
        var builder = new StringBuilder(column);
        for (var i = 0; i < column; i++)
        {
            builder.Append(i < line.Length && line[i] == '\t' ? '\t' : ' ');
        }

        return builder.ToString();
    }
}
