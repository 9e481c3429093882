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
    public void Help_describes_the_command()
    {
        var result = MaRunner.Run(RepositoryRoot.Path, "build", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--emit-cs", result.StdOut);
    }
}
