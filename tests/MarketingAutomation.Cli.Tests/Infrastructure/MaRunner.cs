using System.Diagnostics;

namespace MarketingAutomation.Cli.Tests.Infrastructure;

/// <summary>What one run of `ma` did.</summary>
public sealed record MaResult(int ExitCode, string StdOut, string StdErr)
{
    public string[] StdOutLines => StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public string[] StdErrLines => StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StdOut}\n--- stderr ---\n{StdErr}";
}

/// <summary>
/// Runs the built `ma` as a real process, as a user or CI would: the ProjectReference copies
/// ma.dll (with its runtimeconfig and deps) beside the tests, and `dotnet ma.dll` starts it.
/// Output is always redirected here, which is also what the colour tests rely on.
/// </summary>
public static class MaRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string MaDll => Path.Combine(AppContext.BaseDirectory, "ma.dll");

    public static MaResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, null, args);

    public static MaResult Run(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, environment, args)) ?? throw new InvalidOperationException("Could not start dotnet.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"ma {string.Join(' ', args)} did not finish within {Timeout}.");
        }

        return new MaResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>How `ma` is started, for tests that talk to a running process (read as it writes, send it signals).</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(MaDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A developer's NO_COLOR must not decide what the tests see; tests that care set it.
        start.Environment.Remove("NO_COLOR");
        start.Environment["TERM"] = "xterm-256color";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    // `dotnet test` tells child processes which host it runs on; fall back to the one on PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
