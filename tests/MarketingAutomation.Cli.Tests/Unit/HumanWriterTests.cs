using MarketingAutomation.Cli.Check;
using MarketingAutomation.Cli.Output;
using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Cli.Tests.Unit;

public sealed class HumanWriterTests
{
    [Fact]
    public void An_empty_span_still_gets_one_caret()
    {
        var lines = Render(DiagnosticFactory.Create("journey x {\n", 11, 0));

        Assert.Equal("1 | journey x {", lines[3]);
        Assert.Equal("  |            ^", lines[4]);
    }

    [Fact]
    public void A_span_over_several_lines_is_underlined_to_the_end_of_its_first_line()
    {
        var lines = Render(DiagnosticFactory.Create("ab cd\nef\n", 3, 5));

        Assert.Equal("1 | ab cd", lines[3]);
        Assert.Equal("  |    ^^", lines[4]);
    }

    [Fact]
    public void Tabs_are_kept_so_carets_line_up()
    {
        var lines = Render(DiagnosticFactory.Create("\tsendd x", 1, 5));

        Assert.Equal("1 | \tsendd x", lines[3]);
        Assert.Equal("  | \t^^^^^", lines[4]);
    }

    [Fact]
    public void Control_characters_are_not_printed()
    {
        var lines = Render(DiagnosticFactory.Create("a\u001b[31mb", 0, 1));

        Assert.Equal("1 | a\uFFFD[31mb", lines[3]);
    }

    [Fact]
    public void The_gutter_widens_with_the_line_number()
    {
        var text = string.Concat(Enumerable.Repeat("x\n", 11)) + "bad\n";
        var lines = Render(DiagnosticFactory.Create(text, 22, 3));

        Assert.Equal("  --> test.journey:12:1", lines[1]);
        Assert.Equal("   |", lines[2]);
        Assert.Equal("12 | bad", lines[3]);
        Assert.Equal("   | ^^^", lines[4]);
    }

    [Fact]
    public void A_long_line_is_cut_to_the_part_around_the_span()
    {
        var line = new string('(', 5000) + "oops" + new string(')', 5000);
        var lines = Render(DiagnosticFactory.Create(line, 5000, 4));

        Assert.Equal("1 | …" + new string('(', 40) + "oops" + new string(')', 76) + "…", lines[3]);
        Assert.Equal("  |  " + new string(' ', 40) + "^^^^", lines[4]);
    }

    [Fact]
    public void A_long_line_is_cut_at_its_start_or_end_only_where_it_goes_on()
    {
        var line = "bad" + new string('x', 200);
        var atStart = Render(DiagnosticFactory.Create(line, 0, 3));
        Assert.Equal("1 | bad" + new string('x', 117) + "…", atStart[3]);
        Assert.Equal("  | ^^^", atStart[4]);

        var atEnd = Render(DiagnosticFactory.Create(line, 203, 0));
        Assert.Equal("1 | …" + new string('x', 120), atEnd[3]);
        Assert.Equal("  |  " + new string(' ', 120) + "^", atEnd[4]);
    }

    [Fact]
    public void A_span_longer_than_the_window_is_underlined_to_its_edge()
    {
        var line = new string('a', 300);
        var lines = Render(DiagnosticFactory.Create(line, 100, 200));

        Assert.Equal("1 | …" + new string('a', 120) + "…", lines[3]);
        Assert.Equal("  |  " + new string(' ', 40) + new string('^', 80), lines[4]);
    }

    [Fact]
    public void A_fix_title_is_shown_as_help()
    {
        var fix = new CodeFix("Remove it", [new TextEdit(new TextSpan(0, 1), "")]);
        var lines = Render(DiagnosticFactory.Create("?", 0, 1, fix: fix));

        Assert.Equal("  = help: Remove it", lines[5]);
    }

    [Fact]
    public void Colour_wraps_the_severity_when_enabled()
    {
        var report = new CheckReport([DiagnosticFactory.Create("bad", 0, 3, DiagnosticSeverity.Warning)], 1);
        var colored = new StringWriter();
        var plain = new StringWriter();

        new HumanWriter(useColor: true).Write(report, colored);
        new HumanWriter(useColor: false).Write(report, plain);

        Assert.StartsWith("\u001b[1;33mwarning MA1001\u001b[0m", colored.ToString());
        Assert.DoesNotContain('\u001b', plain.ToString());
    }

    [Theory]
    [InlineData(0, 0, 0, 1, "No problems in 1 file.")]
    [InlineData(0, 0, 0, 3, "No problems in 3 files.")]
    [InlineData(1, 0, 0, 1, "1 error in 1 file")]
    [InlineData(2, 1, 0, 3, "2 errors, 1 warning in 3 files")]
    [InlineData(0, 2, 2, 2, "2 warnings, 2 info in 2 files")]
    public void The_summary_counts_by_severity(int errors, int warnings, int infos, int files, string expected)
    {
        var diagnostics = Enumerable.Repeat(DiagnosticSeverity.Error, errors)
            .Concat(Enumerable.Repeat(DiagnosticSeverity.Warning, warnings))
            .Concat(Enumerable.Repeat(DiagnosticSeverity.Info, infos))
            .Select(severity => DiagnosticFactory.Create("x", 0, 1, severity))
            .ToList();

        Assert.Equal(expected, SummaryLine.Of(new CheckReport(diagnostics, files)));
    }

    private static string[] Render(Diagnostic diagnostic)
    {
        var output = new StringWriter { NewLine = "\n" };
        new HumanWriter(useColor: false).Write(new CheckReport([diagnostic], 1), output);
        return output.ToString().Split('\n');
    }
}
