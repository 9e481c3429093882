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
    public static void Write(Diagnostic diagnostic, Ansi ansi, TextWriter output)
    {
        var start = diagnostic.Start;
        var end = diagnostic.End;
        var lineNumber = (start.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var blank = new string(' ', lineNumber.Length);
        var line = diagnostic.Source.GetLineText(start.Line);

        // A span over several lines is underlined only on its first line, to its end.
        var caretEnd = end.Line == start.Line ? end.Character : line.Length;
        var caretCount = Math.Max(1, caretEnd - start.Character);

        output.WriteLine($"{ansi.Gutter(blank + " |")}");
        output.WriteLine($"{ansi.Gutter(lineNumber + " |")} {Printable(line)}");
        output.WriteLine($"{ansi.Gutter(blank + " |")} {Indent(line, start.Character)}{ansi.Severity(diagnostic.Severity, new string('^', caretCount))}");
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
