using System.Diagnostics;
using MarketingAutomation.Server.Tests.Infrastructure;

namespace MarketingAutomation.Server.Tests.Cli;

/// <summary>`ma deploy` against a running server: a new workspace is deployed, the same one again is reported unchanged, errors print as the checker prints them.</summary>
public sealed class DeployCommandTests : IDisposable
{
    private readonly TestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Deploy_posts_the_workspace_and_reports_the_deployment()
    {
        await using var server = await RunningServer.StartAsync(folder.Database, folder.Workspace("v1", Scripts.Nudge));
        var url = server.Admin.BaseAddress?.ToString() ?? string.Empty;
        var v2 = folder.Workspace("v2", Scripts.Farewell("goodbye_new"));

        var (deployed, output) = await Ma("deploy", v2, "--server", url, "--key", server.Keys.Admin);
        Assert.True(deployed == 0, output);
        Assert.Contains("as deployment 2: 1 journeys", output, StringComparison.Ordinal);

        var (again, unchanged) = await Ma("deploy", v2, "--server", url, "--key", server.Keys.Admin);
        Assert.Equal(0, again);
        Assert.Contains("Unchanged: deployment 2", unchanged, StringComparison.Ordinal);

        var broken = folder.Workspace("broken", "journey broken {\n  when no_such_event\n}\n");
        var (failed, errors) = await Ma("deploy", broken, "--server", url, "--key", server.Keys.Admin);
        Assert.Equal(1, failed);
        Assert.Contains("main.journey(2,", errors, StringComparison.Ordinal);

        var (refused, why) = await Ma("deploy", v2, "--server", url, "--key", server.Keys.Ingest);
        Assert.Equal(2, refused);
        Assert.Contains("403", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deploy_ships_a_build_output_only_if_the_server_builds_it_to_the_same_content_hash()
    {
        await using var server = await RunningServer.StartAsync(folder.Database, folder.Workspace("v1", Scripts.Nudge));
        var url = server.Admin.BaseAddress?.ToString() ?? string.Empty;
        var workspace = folder.Workspace("v2", Scripts.Farewell("goodbye_new"));
        var output = Path.Combine(folder.Path, "build");
        var (built, buildOutput) = await Ma("build", workspace, "-o", output);
        Assert.True(built == 0, buildOutput);
        Assert.True(File.Exists(Path.Combine(output, "sources", "main.journey")));

        var (deployed, deployOutput) = await Ma("deploy", output, "--server", url, "--key", server.Keys.Admin);
        Assert.True(deployed == 0, deployOutput);
        Assert.Contains("as deployment 2", deployOutput, StringComparison.Ordinal);
        using (var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json"))))
        {
            var journeys = await server.GetAsync("/v1/journeys");
            Assert.Contains(manifest.RootElement.GetProperty("contentHash").GetString()!, journeys.GetRawText(), StringComparison.Ordinal);
        }

        // Sources changed after the build no longer match its manifest: refused, nothing deployed.
        File.AppendAllText(Path.Combine(output, "sources", "main.journey"), "\njourney extra {\n  when signed_up\n  exit\n}\n");
        var (refused, why) = await Ma("deploy", output, "--server", url, "--key", server.Keys.Admin);
        Assert.Equal(2, refused);
        Assert.Contains("were they changed after `ma build`?", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_admin_key_can_come_from_MA_ADMIN_KEY_instead_of_the_command_line()
    {
        await using var server = await RunningServer.StartAsync(folder.Database, folder.Workspace("v1", Scripts.Nudge));
        var url = server.Admin.BaseAddress?.ToString() ?? string.Empty;
        var v2 = folder.Workspace("v2", Scripts.Farewell("goodbye_new"));

        var (missing, why) = await MaWith(new() { ["MA_ADMIN_KEY"] = null }, "deploy", v2, "--server", url);
        Assert.Equal(2, missing);
        Assert.Contains("no admin key: give the server's admin key with --key, or in the MA_ADMIN_KEY environment variable", why, StringComparison.Ordinal);

        var (deployed, output) = await MaWith(new() { ["MA_ADMIN_KEY"] = server.Keys.Admin }, "deploy", v2, "--server", url);
        Assert.True(deployed == 0, output);
        Assert.Contains("as deployment 2", output, StringComparison.Ordinal);

        // A key given on the command line wins.
        var (refused, forbidden) = await MaWith(new() { ["MA_ADMIN_KEY"] = server.Keys.Admin }, "deploy", v2, "--server", url, "--key", server.Keys.Ingest);
        Assert.Equal(2, refused);
        Assert.Contains("403", forbidden, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Output)> Ma(params string[] args) => MaWith([], args);

    private async Task<(int ExitCode, string Output)> MaWith(Dictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ma.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
