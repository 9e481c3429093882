using System.Globalization;
using System.Text;

namespace MarketingAutomation.Hosting.Reporting;

/// <summary>
/// A plain text table: a header row and aligned columns, names on the left, numbers on the
/// right. Widths come from the content, so the table is built whole before it is printed.
/// </summary>
/// <param name="textColumns">How many leading columns hold text (left-aligned); the rest are right-aligned.</param>
public sealed class TextTable(int textColumns, params string[] headers)
{
    private readonly List<string[]> rows = [];

    public int RowCount => rows.Count;

    public void Add(params object[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"Expected {headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        rows.Add(cells.Select(Cell).ToArray());
    }

    public IEnumerable<string> Lines(ITextStyler styler)
    {
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Prepend(h.Length).Max()).ToArray();
        yield return styler.Apply(TextStyle.Heading, Row(headers, widths));
        foreach (var row in rows)
        {
            yield return Row(row, widths);
        }
    }

    private string Row(string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(i < textColumns ? cells[i].PadRight(widths[i]) : cells[i].PadLeft(widths[i]));
        }

        return line.ToString().TrimEnd();
    }

    private static string Cell(object cell) => cell switch
    {
        int n => n.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.##", CultureInfo.InvariantCulture),
        _ => ReportText.Printable(cell.ToString() ?? string.Empty),
    };
}
