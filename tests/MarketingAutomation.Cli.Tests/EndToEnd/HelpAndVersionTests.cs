using MarketingAutomation.Cli.Tests.Infrastructure;

namespace MarketingAutomation.Cli.Tests.EndToEnd;

/// <summary>`--help` on every command and `--version`.</summary>
public sealed class HelpAndVersionTests : IDisposable
{
    private readonly TempWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void Root_help_lists_the_commands()
    {
        var result = workspace.Ma("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.StdOut);
        Assert.Contains("check", result.StdOut);
        Assert.Contains("fmt", result.StdOut);
        Assert.Contains("--version", result.StdOut);
    }

    [Fact]
    public void Check_help_lists_its_options()
    {
        var result = workspace.Ma("check", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ma check [<paths>...] [options]", result.StdOut);
        foreach (var option in new[] { "--format", "--warnaserror", "--no-color", "--base-path" })
        {
            Assert.Contains(option, result.StdOut);
        }

        Assert.Contains("<github|human|json|msbuild|sarif>", result.StdOut);
    }

    [Fact]
    public void Fmt_help_lists_its_options()
    {
        var result = workspace.Ma("fmt", "-h");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ma fmt [<paths>...] [options]", result.StdOut);
        Assert.Contains("--check", result.StdOut);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var result = workspace.Ma("--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.StdOut);
    }
}
