using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MarketingAutomation.LoadTest;

/// <summary>
/// `ma serve` as a child process on a free loopback port, with its SQLite file in a folder of its
/// own, fixed API keys and mail going to the load test's SMTP sink: the server as a user runs it.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    public const string IngestKey = "load-test-ingest-key";
    public const string AdminKey = "load-test-admin-key";

    private readonly Process process;

    private ServerProcess(Process process, Uri address, string dataPath)
    {
        this.process = process;
        Address = address;
        DataPath = dataPath;
    }

    public Uri Address { get; }

    public string DataPath { get; }

    /// <summary>The CPU time the server has used so far, on all its threads.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public static async Task<ServerProcess> StartAsync(string maDll, string workspace, string dataFolder, int smtpPort)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var dataPath = Path.Combine(dataFolder, "load.db");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { maDll, "serve", workspace, "--urls", address.ToString().TrimEnd('/'), "--data", dataPath },

            // Its store in its working folder, as `ma serve` keeps it by default (.ma/ there).
            WorkingDirectory = dataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["MA_ApiKeys__Ingest"] = IngestKey;
        start.Environment["MA_ApiKeys__Admin"] = AdminKey;
        start.Environment["MA_Delivery__Smtp__Host"] = "127.0.0.1";
        start.Environment["MA_Delivery__Smtp__Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["MA_Delivery__PublicBaseUrl"] = address.ToString();
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var server = new ServerProcess(process, address, dataPath);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("server: " + e.Data);
            }
        };
        process.BeginErrorReadLine();

        // Ready once it prints its listening line; the rest of its output is drained and dropped.
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("listening", StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(ready.Task, exited, Task.Delay(TimeSpan.FromMinutes(2))) != ready.Task)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException("the server did not start (see its output above)");
        }

        return server;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }
}
