using System.Diagnostics;
using System.Globalization;

namespace MarketingAutomation.Server.Tests.Crash;

/// <summary>
/// `ma serve` as a child process (the `dotnet` host running ma.dll, no shell in between), on a
/// fixed loopback address and database so it can be killed and started again where a client
/// expects it. Configured through `MA_` environment variables, as a user deploying it would.
/// </summary>
/// <param name="settings">More `MA_` variables (name without the prefix, value), on top of the keys and SMTP settings.</param>
internal sealed class ServeProcess(string workspace, string database, int port, int smtpPort, IReadOnlyDictionary<string, string>? settings = null) : IDisposable
{
    public const string IngestKey = "crash-test-ingest-key";
    public const string AdminKey = "crash-test-admin-key";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    // The last lines the server printed, to explain a start that failed.
    private readonly Queue<string> output = new();
    private Process? process;

    public Uri Address { get; } = new($"http://127.0.0.1:{port}");

    /// <summary>Starts the server and returns once it says it is ready to serve.</summary>
    public async Task StartAsync()
    {
        if (process is { HasExited: false })
        {
            throw new InvalidOperationException("the server is already running");
        }

        process?.Dispose();
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(database) ?? ".",
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "ma.dll"), "serve", workspace, "--urls", Address.ToString().TrimEnd('/'), "--data", database })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MA_ApiKeys__Ingest"] = IngestKey;
        start.Environment["MA_ApiKeys__Admin"] = AdminKey;
        start.Environment["MA_Delivery__Smtp__Host"] = "127.0.0.1";
        start.Environment["MA_Delivery__Smtp__Port"] = smtpPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["MA_Delivery__Smtp__FromAddress"] = "journeys@crash.example.com";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment["MA_" + name] = value;
        }

        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process = started;
        // Both streams are drained for the whole run: a full pipe would stall the server.
        started.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line)
            {
                return;
            }

            Remember(line);
            if (line.StartsWith("Press Ctrl+C", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        };
        started.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                Remember(line);
            }
        };
        started.BeginOutputReadLine();
        started.BeginErrorReadLine();

        var exited = started.WaitForExitAsync();
        var first = await Task.WhenAny(ready.Task, exited, Task.Delay(StartTimeout));
        if (first != ready.Task)
        {
            var why = first == exited ? $"exited with {started.ExitCode}" : $"was not ready within {StartTimeout.TotalSeconds} s";
            Stop();
            throw new InvalidOperationException($"ma serve {why}; its last output:\n{Tail()}");
        }
    }

    /// <summary>SIGKILL (what <see cref="Process.Kill()"/> sends on Linux): no shutdown code runs, queued work is simply gone.</summary>
    public async Task KillAsync()
    {
        if (process is not { HasExited: false } running)
        {
            throw new InvalidOperationException($"the server is not running; its last output:\n{Tail()}");
        }

        running.Kill();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await running.WaitForExitAsync(timeout.Token);
    }

    public string Tail()
    {
        lock (output)
        {
            return string.Join('\n', output);
        }
    }

    public void Dispose()
    {
        Stop();
        process?.Dispose();
    }

    private void Stop()
    {
        if (process is { HasExited: false } running)
        {
            running.Kill(entireProcessTree: true);
            running.WaitForExit(10_000);
        }
    }

    private void Remember(string line)
    {
        lock (output)
        {
            output.Enqueue(line);
            if (output.Count > 200)
            {
                output.Dequeue();
            }
        }
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
