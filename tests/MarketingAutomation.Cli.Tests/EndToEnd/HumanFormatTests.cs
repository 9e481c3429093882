using MarketingAutomation.Cli.Tests.Infrastructure;

namespace MarketingAutomation.Cli.Tests.EndToEnd;

/// <summary>The default format, read by people: rustc-style snippets and a summary line.</summary>
public sealed class HumanFormatTests : IDisposable
{
    private readonly TempWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void An_error_shows_code_location_source_line_and_carets()
    {
        workspace.Write("welcome.journey", Samples.Valid);
        workspace.Write("broken.journey", Samples.SyntaxError);

        var result = workspace.Ma("check");

        var lines = result.StdOutLines;
        Assert.StartsWith("error MA1001: Expected ", lines[0]);
        Assert.EndsWith("but found `sendd`.", lines[0]);
        Assert.Equal(" --> broken.journey:3:3", lines[1]);
        Assert.Equal("  |", lines[2]);
        Assert.Equal("3 |   sendd email welcome", lines[3]);
        Assert.Equal("  |   ^^^^^", lines[4]);
        Assert.Equal("1 error in 2 files", lines[^1]);
    }

    [Fact]
    public void A_fix_is_shown_as_help()
    {
        workspace.Write("welcome.journey", Samples.Valid);
        workspace.Write("open.journey", Samples.UnclosedText);

        var result = workspace.Ma("check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error MA1002: This text is not closed: add `\"` at its end, on the same line.", result.StdOutLines);
        Assert.Contains("  = help: Close the text", result.StdOutLines);
    }

    [Fact]
    public void A_clean_workspace_says_so()
    {
        workspace.Write("welcome.journey", Samples.Valid);

        var result = workspace.Ma("check");

        Assert.Equal(["No problems in 1 file."], result.StdOutLines);
    }

    [Fact]
    public void The_summary_counts_errors_and_warnings()
    {
        workspace.Write("welcome.journey", Samples.Valid);
        workspace.Write("spare.journey", Samples.UnusedTemplate);
        workspace.Write("broken.journey", Samples.SyntaxError);

        var result = workspace.Ma("check");

        Assert.Equal("1 error, 1 warning in 3 files", result.StdOutLines[^1]);
    }

    [Fact]
    public void Naming_a_file_shows_only_that_files_findings()
    {
        workspace.Write("welcome.journey", Samples.Valid);
        workspace.Write("broken.journey", Samples.SyntaxError);
        workspace.Write("open.journey", Samples.UnclosedText);

        var result = workspace.Ma("check", "open.journey");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("broken.journey", result.StdOut);
        Assert.Contains(" --> open.journey:1:20", result.StdOutLines);
        Assert.Equal("1 error in 1 file", result.StdOutLines[^1]);
    }

    [Fact]
    public void A_named_file_still_sees_its_siblings_declarations()
    {
        workspace.Write("schema.journey", "contact { email: email }\nevent signed_up { source: text }\n");
        workspace.Write("welcome.journey",
            "template email welcome { subject \"Hi\" body \"Hello\" }\njourney welcome {\n  when signed_up\n  send email welcome\n}\n");

        var result = workspace.Ma("check", "welcome.journey");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["No problems in 1 file."], result.StdOutLines);
    }

    [Fact]
    public void A_folder_counts_every_workspace_below_it_once()
    {
        workspace.Write("shop/welcome.journey", Samples.Valid);
        workspace.Write("b2b/welcome.journey", Samples.Valid);
        workspace.Write("b2b/broken.journey", Samples.SyntaxError);

        // "." and "b2b" both reach b2b: its findings must not be printed twice.
        var result = workspace.Ma("check", ".", "b2b");

        Assert.Single(result.StdOutLines, l => l.StartsWith("error MA1001", StringComparison.Ordinal));
        Assert.Equal("1 error in 3 files", result.StdOutLines[^1]);
    }

    [Fact]
    public void Output_has_no_colour_when_redirected()
    {
        workspace.Write("welcome.journey", Samples.Valid);
        workspace.Write("broken.journey", Samples.SyntaxError);

        // MaRunner always redirects stdout and sets TERM to a colour terminal without NO_COLOR.
        var result = workspace.Ma("check");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.StdOut);
    }
}
