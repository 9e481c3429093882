using System.Text.Json;
using MarketingAutomation.Cli.Tests.Infrastructure;

namespace MarketingAutomation.Cli.Tests.EndToEnd;

/// <summary>`ma build` as a real process: files written, manifest contents, exit codes.</summary>
public sealed class BuildCommandTests
{
    [Fact]
    public void Builds_the_shop_with_manifest_and_generated_code()
    {
        using var temp = new TempWorkspace();
        var output = Path.Combine(temp.Root, "out");
        var result = MaRunner.Run(temp.Root, "build", Path.Combine(RepositoryRoot.Path, "examples", "shop"), "-o", output, "--emit-cs");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(output, "shop.Journeys.dll")));
        Assert.True(File.Exists(Path.Combine(output, "generated", "WelcomeSeriesJourney.g.cs")));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json")));
        var journeys = manifest.RootElement.GetProperty("journeys").EnumerateArray().ToList();
        Assert.Contains(journeys, j => j.GetProperty("name").GetString() == "welcome_series" && j.GetProperty("version").GetString()?.Length == 12);
        Assert.Equal(64, manifest.RootElement.GetProperty("contentHash").GetString()?.Length);
    }

    [Fact]
    public void A_workspace_with_errors_exits_1_with_diagnostics_and_writes_nothing()
    {
        using var temp = new TempWorkspace();
        temp.Write("ws/a.journey", "contact { email: email }\njourney j {\n  when nothing_here\n}\n");
        var result = temp.Ma("build", "ws", "-o", "out");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("error MA", result.StdOut);
        Assert.False(Directory.Exists(Path.Combine(temp.Root, "out")));
    }

    [Fact]
    public void An_output_that_cannot_be_a_folder_exits_2_with_the_reason()
    {
        using var temp = new TempWorkspace();
        temp.Write("ws/a.journey", "contact { email: email }\nevent signed_up {}\njourney j {\n  when signed_up\n  exit\n}\n");
        temp.Write("taken.txt", "not a folder");

        var onFile = temp.Ma("build", "ws", "-o", "taken.txt");
        Assert.True(onFile.ExitCode == 2, onFile.ToString());
        Assert.Contains("cannot write the build to taken.txt: it is a file", onFile.StdErr);
        Assert.Equal("not a folder", File.ReadAllText(Path.Combine(temp.Root, "taken.txt")));

        var underFile = temp.Ma("build", "ws", "-o", Path.Combine("taken.txt", "out"));
        Assert.True(underFile.ExitCode == 2, underFile.ToString());
        Assert.Contains($"cannot write the build to {Path.Combine("taken.txt", "out")}:", underFile.StdErr);
        Assert.DoesNotContain("internal error", underFile.StdErr);
    }

    [Fact]
    public void Help_describes_the_command()
    {
        var result = MaRunner.Run(RepositoryRoot.Path, "build", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--emit-cs", result.StdOut);
    }
}
