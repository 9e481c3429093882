using MarketingAutomation.Cli.Tests.Infrastructure;

namespace MarketingAutomation.Cli.Tests.EndToEnd;

/// <summary>`ma fmt`: formats in place, or with --check lists what would change.</summary>
public sealed class FmtCommandTests : IDisposable
{
    // Samples.Valid squeezed and mis-indented; the formatter's exact layout is the formatter's
    // business (its own tests pin it), so these tests only compare with Samples.Valid.
    private const string Messy =
        "contact {email: email}\n" +
        "event signed_up {source:text}\n" +
        "template email welcome { subject \"Hi\" body \"Hello\" }\n" +
        "journey welcome {\n" +
        "when signed_up\n" +
        "      send email welcome\n" +
        "}\n";

    private readonly TempWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void Check_lists_files_that_would_change_exits_1_and_changes_nothing()
    {
        workspace.Write("welcome.journey", Messy);

        var result = workspace.Ma("fmt", "--check");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("would reformat welcome.journey", result.StdOutLines[0]);
        Assert.Equal(Messy, workspace.Read("welcome.journey"));
    }

    [Fact]
    public void Check_on_formatted_files_exits_0()
    {
        workspace.Write("welcome.journey", Samples.Valid);

        var result = workspace.Ma("fmt", "--check");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["1 file already formatted."], result.StdOutLines);
    }

    [Fact]
    public void Fmt_rewrites_files_in_place_and_the_result_is_stable()
    {
        workspace.Write("welcome.journey", Messy);

        var first = workspace.Ma("fmt");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(["formatted welcome.journey", "Formatted 1 of 1 file."], first.StdOutLines);
        var formatted = workspace.Read("welcome.journey");
        Assert.NotEqual(Messy, formatted);
        Assert.Equal(0, workspace.Ma("fmt", "--check").ExitCode);
        Assert.Equal(0, workspace.Ma("check").ExitCode);
        Assert.Empty(Directory.GetFiles(workspace.Root, "*.tmp"));
    }

    [Fact]
    public void Files_with_syntax_errors_are_left_unchanged_and_reported()
    {
        workspace.Write("welcome.journey", Samples.Valid);
        workspace.Write("broken.journey", "journey broken {\nwhen signed_up\n   sendd email welcome\n}\n");

        var result = workspace.Ma("fmt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("skipped broken.journey: it has syntax errors (run `ma check broken.journey` to see them)", result.StdOutLines);
        Assert.Equal("journey broken {\nwhen signed_up\n   sendd email welcome\n}\n", workspace.Read("broken.journey"));
    }

    [Fact]
    public void Naming_a_file_formats_only_that_file()
    {
        workspace.Write("a.journey", Messy);
        workspace.Write("b.journey", "segment   vip = contact.email   contains \"@\"\n");

        var result = workspace.Ma("fmt", "a.journey");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("segment   vip = contact.email   contains \"@\"\n", workspace.Read("b.journey"));
        Assert.NotEqual(Messy, workspace.Read("a.journey"));
    }

    [Fact]
    public void A_missing_path_exits_2()
    {
        var result = workspace.Ma("fmt", "gone");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["ma: no such file or folder: gone"], result.StdErrLines);
    }

    [Fact]
    public void File_permissions_survive_formatting()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = workspace.Write("welcome.journey", Messy);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.Equal(0, workspace.Ma("fmt").ExitCode);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }
}
