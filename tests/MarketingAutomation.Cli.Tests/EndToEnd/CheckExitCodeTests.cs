using MarketingAutomation.Cli.Tests.Infrastructure;

namespace MarketingAutomation.Cli.Tests.EndToEnd;

/// <summary>`ma check` exit codes, the contract CI scripts depend on: 0 clean, 1 findings, 2 usage or input.</summary>
public sealed class CheckExitCodeTests : IDisposable
{
    private readonly TempWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void A_clean_workspace_exits_0()
    {
        workspace.Write("welcome.journey", Samples.Valid);

        var result = workspace.Ma("check", ".");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdErr);
    }

    [Fact]
    public void Without_paths_the_current_folder_is_checked()
    {
        workspace.Write("welcome.journey", Samples.Valid);
        workspace.Write("broken.journey", Samples.SyntaxError);

        var result = workspace.Ma("check");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("broken.journey", result.StdOut);
    }

    [Fact]
    public void Errors_exit_1()
    {
        workspace.Write("welcome.journey", Samples.Valid);
        workspace.Write("broken.journey", Samples.SyntaxError);

        var result = workspace.Ma("check", ".");

        Assert.True(result.ExitCode == 1, result.ToString());
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        workspace.Write("welcome.journey", Samples.Valid);
        workspace.Write("spare.journey", Samples.UnusedTemplate);

        var result = workspace.Ma("check", ".");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("warning MA2018", result.StdOut);
    }

    [Fact]
    public void Warnings_exit_1_with_warnaserror_and_are_shown_as_errors()
    {
        workspace.Write("welcome.journey", Samples.Valid);
        workspace.Write("spare.journey", Samples.UnusedTemplate);

        var result = workspace.Ma("check", ".", "--warnaserror", "--format", "msbuild");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["spare.journey(1,16): error MA2018: The template `spare` is never used."], result.StdOutLines);
    }

    [Fact]
    public void Warnaserror_on_a_clean_workspace_exits_0()
    {
        workspace.Write("welcome.journey", Samples.Valid);

        var result = workspace.Ma("check", "--warnaserror");

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public void A_missing_path_exits_2_with_one_line_on_stderr()
    {
        var result = workspace.Ma("check", "nowhere.journey");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["ma: no such file or folder: nowhere.journey"], result.StdErrLines);
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public void A_missing_path_among_good_ones_still_exits_2()
    {
        workspace.Write("welcome.journey", Samples.Valid);

        var result = workspace.Ma("check", "welcome.journey", "missing");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["ma: no such file or folder: missing"], result.StdErrLines);
    }

    [Fact]
    public void An_unknown_format_exits_2()
    {
        workspace.Write("welcome.journey", Samples.Valid);

        var result = workspace.Ma("check", "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("ma: Argument 'xml' not recognized.", result.StdErrLines[0]);
        Assert.DoesNotContain("\t", result.StdErrLines[0]);
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public void An_unknown_option_exits_2()
    {
        workspace.Write("welcome.journey", Samples.Valid);

        var result = workspace.Ma("check", "--strict");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["ma: unknown option: --strict"], result.StdErrLines);
    }

    [Fact]
    public void An_unknown_command_exits_2()
    {
        var result = workspace.Ma("lint");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ma: Unrecognized command or argument 'lint'.", result.StdErrLines);
        Assert.Equal("Run 'ma --help' for usage.", result.StdErrLines[^1]);
    }

    [Fact]
    public void No_command_exits_2()
    {
        var result = workspace.Ma();

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("ma: ", result.StdErrLines[0]);
    }

    [Fact]
    public void A_file_that_is_not_a_journey_exits_2()
    {
        workspace.Write("notes.txt", "hello");

        var result = workspace.Ma("check", "notes.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["ma: not a journey file (expected .journey): notes.txt"], result.StdErrLines);
    }

    [Fact]
    public void A_folder_without_journeys_exits_2()
    {
        Directory.CreateDirectory(Path.Combine(workspace.Root, "empty"));

        var result = workspace.Ma("check", "empty");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["ma: no .journey files found in empty"], result.StdErrLines);
    }

    [Fact]
    public void An_unreadable_file_exits_2()
    {
        workspace.Write("welcome.journey", Samples.Valid);
        // A link to nothing is listed as a file but cannot be read, even by root (who can read
        // a file whatever its permissions say).
        File.CreateSymbolicLink(Path.Combine(workspace.Root, "gone.journey"), Path.Combine(workspace.Root, "missing-target"));

        var result = workspace.Ma("check", ".");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StdErrLines);
        Assert.StartsWith("ma: cannot read .: ", line);
        Assert.Contains("gone.journey", line);
    }

    [Fact]
    public void A_bad_base_path_exits_2()
    {
        workspace.Write("welcome.journey", Samples.Valid);

        var result = workspace.Ma("check", "--format", "sarif", "--base-path", "no-such-folder");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["ma: no such folder for --base-path: no-such-folder"], result.StdErrLines);
        Assert.Equal("", result.StdOut);
    }
}
