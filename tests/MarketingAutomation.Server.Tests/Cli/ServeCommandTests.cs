using System.Diagnostics;
using System.Text.RegularExpressions;
using MarketingAutomation.Server.Tests.Infrastructure;

namespace MarketingAutomation.Server.Tests.Cli;

/// <summary>`ma serve` as a person runs it: it starts with no configuration, says where it listens and keeps its keys, answers, and stops on Ctrl+C.</summary>
public sealed partial class ServeCommandTests : IDisposable
{
    private readonly TestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Serve_starts_prints_its_url_and_keys_file_answers_and_stops_on_SIGINT()
    {
        using var process = Process.Start(ServeShop()) ?? throw new InvalidOperationException("dotnet did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            var lines = new List<string>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line);
                if (line.StartsWith("Press Ctrl+C", StringComparison.Ordinal))
                {
                    break;
                }
            }

            var output = string.Join('\n', lines);
            var url = Listening().Match(output);
            Assert.True(url.Success, output);
            var keysFile = Path.Combine(folder.Path, ".ma", "shop.db.keys.json");
            Assert.Contains(Path.Combine(".ma", "shop.db"), output, StringComparison.Ordinal);
            Assert.Contains(keysFile, Path.GetFullPath(Path.Combine(folder.Path, KeysLine().Match(output).Groups[1].Value)), StringComparison.Ordinal);
            Assert.True(File.Exists(keysFile));

            using var http = new HttpClient { BaseAddress = new Uri(url.Groups[1].Value) };
            using var openApi = await http.GetAsync("/openapi");
            Assert.True(openApi.IsSuccessStatusCode, $"{(int)openApi.StatusCode}");
            Assert.Contains("/v1/events", await openApi.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            // The store is in the working folder (.ma/): a watcher there would wake for every write.
            Assert.Equal(0, FileWatchDescriptors(process.Id));

            using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await interrupt.WaitForExitAsync();
            }

            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(stop.Token);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopped.", await process.StandardOutput.ReadToEndAsync(), StringComparison.Ordinal);

            // A healthy start is quiet: no warning of a stalled silo (which its watchdog gave at
            // times when its first check came before the thread it watches had started).
            Assert.DoesNotContain("not completed for", await stderr, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await stderr;
        }
    }

    [Theory]
    [InlineData("Outbox__MaxRepeatsPerCrash", "0", "a whole number from 1 to 1024")]
    [InlineData("Outbox__HandOverLanes", "four", "a whole number from 1 to 1024")]
    [InlineData("Outbox__JournalSyncMilliseconds", "1001", "a whole number of milliseconds from 0 to 1000")]
    [InlineData("Outbox__JournalSyncMilliseconds", "-5", "a whole number of milliseconds from 0 to 1000")]
    [InlineData("Delivery__Smtp__Port", "99999", "a whole number from 1 to 65535")]
    [InlineData("Delivery__Smtp__Security", "bogus", "None, StartTls or Ssl")]
    [InlineData("Delivery__Webhooks__Sms__Url", "sms-bridge", "an absolute http or https address")]
    public async Task A_bad_setting_stops_serve_with_a_message_that_names_it(string variable, string value, string expected)
    {
        var start = ServeShop();
        start.Environment["MA_" + variable] = value;
        var (exitCode, _, stderr) = await RunToExitAsync(start);

        Assert.Equal(2, exitCode);
        Assert.Contains($"{variable.Replace("__", ":", StringComparison.Ordinal)} must be {expected}, not \"{value}\".", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Outbox__JournalSyncMiliseconds", "Outbox has no setting \"JournalSyncMiliseconds\"; did you mean \"JournalSyncMilliseconds\"?")]
    [InlineData("ApiKeys__Ingets", "ApiKeys has no setting \"Ingets\"; did you mean \"Ingest\"?")]
    [InlineData("Delivery__Smtp__Hots", "Delivery:Smtp has no setting \"Hots\"; did you mean \"Host\"?")]
    public async Task A_misspelt_setting_stops_serve_instead_of_being_ignored(string variable, string expected)
    {
        var start = ServeShop();
        start.Environment["MA_" + variable] = "10";
        var (exitCode, _, stderr) = await RunToExitAsync(start);

        Assert.Equal(2, exitCode);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Addresses_and_database_files_it_cannot_use_stop_serve_before_it_starts()
    {
        Directory.CreateDirectory(Path.Combine(folder.Path, "a-folder"));
        File.WriteAllText(Path.Combine(folder.Path, "notes.txt"), "not a database");
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var takenUrl = $"http://127.0.0.1:{((System.Net.IPEndPoint)taken.LocalEndpoint).Port}";

        await AssertRefused("--data: a-folder is a folder; give the database file in it", data: "a-folder");
        await AssertRefused("--data: notes.txt is not a journey database", data: "notes.txt");
        await AssertRefused("--data: cannot keep the database at " + Path.Combine("notes.txt", "x.db"), data: Path.Combine("notes.txt", "x.db"));
        await AssertRefused("--urls: expected an address such as http://127.0.0.1:5080 (';' between several), got \"localhost\"", urls: "localhost");
        await AssertRefused("got \"http://127.0.0.1:5080/api\"", urls: "http://127.0.0.1:5080/api");
        await AssertRefused($"cannot listen on {takenUrl}: the address is already in use", urls: takenUrl);

        Assert.Equal("not a database", File.ReadAllText(Path.Combine(folder.Path, "notes.txt")));
        Assert.False(Directory.Exists(Path.Combine(folder.Path, ".ma")));
    }

    /// <summary>Runs `ma serve examples/shop` with the address and database given: exit 2, the message on stderr, nothing logged by a host that started.</summary>
    private async Task AssertRefused(string expected, string urls = "http://127.0.0.1:0", string? data = null)
    {
        var start = ServeShop(urls);
        if (data is not null)
        {
            start.ArgumentList.Add("--data");
            start.ArgumentList.Add(data);
        }

        var (exitCode, stdout, stderr) = await RunToExitAsync(start);

        Assert.True(exitCode == 2, $"exit {exitCode}: {stderr}");
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stdout);
    }

    /// <summary>Runs a `ma serve` expected to stop by itself, to its end: its exit code and what it wrote.</summary>
    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunToExitAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(patience.Token);
        return (process.ExitCode, await stdout, stderr);
    }

    /// <summary>`ma serve examples/shop` on a free loopback port, started in the test's folder, its output read by the test.</summary>
    private ProcessStartInfo ServeShop(string urls = "http://127.0.0.1:0")
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "ma.dll"), "serve", RunningServer.Shop, "--urls", urls })
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    /// <summary>How many file-change watchers (inotify descriptors) a process holds; Linux keeps them as `anon_inode:inotify` links in /proc.</summary>
    private static int FileWatchDescriptors(int processId) =>
        new DirectoryInfo($"/proc/{processId}/fd").GetFileSystemInfos().Count(fd => fd.LinkTarget == "anon_inode:inotify");

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    [GeneratedRegex(@"listening\s+(http://\S+)")]
    private static partial Regex Listening();

    [GeneratedRegex(@"api keys\s+(\S+)")]
    private static partial Regex KeysLine();
}
