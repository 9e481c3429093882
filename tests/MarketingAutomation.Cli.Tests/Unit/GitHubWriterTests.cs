using MarketingAutomation.Cli.Check;
using MarketingAutomation.Cli.Output;
using MarketingAutomation.Language.Diagnostics;

namespace MarketingAutomation.Cli.Tests.Unit;

public sealed class GitHubWriterTests
{
    private static readonly string BasePath = Path.Combine(Path.GetTempPath(), "repo");

    [Fact]
    public void A_span_over_several_lines_gives_lines_only()
    {
        var line = Write(DiagnosticFactory.Create("ab\ncd\n", 1, 3, path: Path.Combine(BasePath, "a.journey")));

        Assert.Equal("::error file=a.journey,line=1,endLine=2,title=MA1001::Something is wrong.", line);
    }

    [Fact]
    public void An_empty_span_ends_where_it_starts()
    {
        var line = Write(DiagnosticFactory.Create("abc", 3, 0, path: Path.Combine(BasePath, "a.journey")));

        Assert.Equal("::error file=a.journey,line=1,col=4,endLine=1,endColumn=4,title=MA1001::Something is wrong.", line);
    }

    [Fact]
    public void Info_is_a_notice_and_file_names_are_escaped()
    {
        var line = Write(DiagnosticFactory.Create("x", 0, 1, DiagnosticSeverity.Info, path: Path.Combine(BasePath, "a:b,c", "x.journey")));

        Assert.StartsWith("::notice file=a%3Ab%2Cc/x.journey,line=1,col=1,", line);
    }

    [Fact]
    public void Line_breaks_in_messages_are_escaped()
    {
        var diagnostic = DiagnosticFactory.Create("x", 0, 1, path: Path.Combine(BasePath, "a.journey")) with { Message = "50% off\nnow" };

        Assert.EndsWith("::50%25 off%0Anow", Write(diagnostic));
    }

    private static string Write(Diagnostic diagnostic)
    {
        var output = new StringWriter { NewLine = "\n" };
        new GitHubWriter(BasePath).Write(new CheckReport([diagnostic], 1), output);
        return output.ToString().TrimEnd('\n');
    }
}
