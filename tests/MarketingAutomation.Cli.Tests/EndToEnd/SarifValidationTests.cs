using System.Diagnostics;
using MarketingAutomation.Cli.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MarketingAutomation.Cli.Tests.EndToEnd;

/// <summary>
/// Runs Microsoft's SARIF validator (tests/sarif/validate.sh) over real `ma` output. Needs Node;
/// without it the test has nothing to run, but once it runs, any validation error fails it.
/// </summary>
public sealed class SarifValidationTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void Sarif_output_passes_the_sarif_multitool_validator()
    {
        // Node.js is a stated prerequisite of the test suite (README): without it this must fail, not pass unchecked.
        Assert.True(CommandExists("node") && CommandExists("npm"), "node and npm are needed to run the SARIF validator.");

        InstallValidator();
        workspace.Write("journeys/welcome.journey", Samples.Valid);
        workspace.Write("journeys/spare.journey", Samples.UnusedTemplate);
        workspace.Write("journeys/open.journey", Samples.UnclosedText);
        workspace.Write("journeys/broken.journey", Samples.SyntaxError);
        workspace.Write("clean/welcome.journey", Samples.Valid);
        workspace.Write("odd name #1/welcome.journey", Samples.Valid);
        workspace.Write("odd name #1/broken.journey", Samples.SyntaxError);

        // Findings with and without fixes, a clean run, and a path that needs escaping.
        Validate("findings.sarif", "check", "journeys", "--format", "sarif");
        Validate("clean.sarif", "check", "clean", "--format", "sarif");
        Validate("escaped.sarif", "check", "odd name #1", "--format", "sarif");
        Validate("warnaserror.sarif", "check", "journeys", "--format", "sarif", "--warnaserror");
    }

    private void Validate(string fileName, params string[] args)
    {
        var result = workspace.Ma(args);
        Assert.True(result.StdErr.Length == 0, result.ToString());
        var path = workspace.Write(fileName, result.StdOut);

        var validation = Run("bash", RepositoryRoot.Path, Path.Combine(RepositoryRoot.Path, "tests", "sarif", "validate.sh"), path);
        output.WriteLine($"{fileName}: {validation.Output}");
        Assert.True(validation.ExitCode == 0, $"{fileName} is not valid SARIF:\n{validation.Output}\n{result.StdOut}");
    }

    // Installs the pinned validator from the lock file, as CI would, unless it is there already.
    private void InstallValidator()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "tests", "sarif");
        if (Directory.Exists(Path.Combine(folder, "node_modules", "@microsoft", "sarif-multitool")))
        {
            return;
        }

        var install = Run("npm", folder, "ci", "--no-audit", "--no-fund");
        output.WriteLine(install.Output);
        Assert.True(install.ExitCode == 0, $"npm ci in tests/sarif failed:\n{install.Output}");
    }

    private static bool CommandExists(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, name)));

    private static (int ExitCode, string Output) Run(string fileName, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish in 10 minutes.");
        }

        return (process.ExitCode, stdout.GetAwaiter().GetResult() + stderr.GetAwaiter().GetResult());
    }
}
