using System.Net.Sockets;
using MarketingAutomation.Cli.Check;
using MarketingAutomation.Cli.Output;
using MarketingAutomation.Server;
using MarketingAutomation.Server.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using MarketingAutomation.Delivery.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MarketingAutomation.Cli.Serve;

/// <summary>
/// Starts the server for a workspace with no configuration needed, says where it listens, where
/// it keeps its data and its API keys, and runs until Ctrl+C (or SIGTERM), which stops it cleanly:
/// queued writes are committed before the process ends.
/// </summary>
internal static class ServeRunner
{
    public static int Run(string workspace, string urls, string? data, CliConsole console)
    {
        if (!Directory.Exists(workspace))
        {
            throw new UsageException($"no workspace folder {workspace}");
        }

        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(workspace)));
        var options = new ServerOptions
        {
            Urls = urls,
            DataPath = data ?? Path.Combine(".ma", name + ".db"),
            Workspace = workspace,
        };

        ServeInputs.CheckUrls(urls);
        ServeInputs.CheckData(options.DataPath);
        WebApplication app;
        try
        {
            app = JourneyServer.Build(options);
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException(e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The API keys' file beside the database could not be made.
            throw new UsageException($"--data: cannot keep the server's files beside {options.DataPath}: {e.Message}", e);
        }

        using (app as IDisposable)
        {
            try
            {
                app.StartAsync().GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is IOException or SocketException)
            {
                // Kestrel could not bind after all (the checks above try only addresses given as IPs).
                throw new UsageException($"cannot listen on {urls}: {e.Message}", e);
            }
            catch (SqliteException e)
            {
                throw new UsageException($"--data: cannot open the database {options.DataPath}: {e.Message}", e);
            }
            catch (InvalidOperationException e) when (urls.Contains("https:", StringComparison.OrdinalIgnoreCase))
            {
                // Kestrel has no certificate for it (configured under Kestrel:Certificates in appsettings.json).
                throw new UsageException($"cannot serve {urls}: {e.Message}", e);
            }
            catch (WorkspaceRejectedException rejected)
            {
                if (rejected.Outcome.Problem is { } problem)
                {
                    throw new UsageException(problem, rejected);
                }

                var settings = new OutputSettings(BasePath: BasePath.Resolve(null), UseColor: false);
                OutputFormats.CreateWriter(OutputFormats.Human, settings).Write(new CheckReport(rejected.Outcome.Diagnostics, 0), console.Out);
                return ExitCodes.Problems;
            }

            Describe(app, options, console);
            app.WaitForShutdownAsync().GetAwaiter().GetResult();
            console.Out.WriteLine("Stopped.");
            return ExitCodes.Success;
        }
    }

    private static string Smtp(WebApplication app)
    {
        var smtp = app.Services.GetRequiredService<IOptions<SmtpOptions>>().Value;
        return $"{smtp.Host}:{smtp.Port}";
    }

    private static void Describe(WebApplication app, ServerOptions options, CliConsole console)
    {
        var keys = app.Services.GetRequiredService<ApiKeys>();
        var report = app.Services.GetRequiredService<StartupReport>();
        var output = console.Out;
        output.WriteLine($"Journey server for {options.Workspace}");
        foreach (var address in JourneyServer.Addresses(app))
        {
            output.WriteLine($"  listening   {address}  (API under /v1, OpenAPI at /openapi)");
        }

        output.WriteLine($"  data        {options.DataPath}");
        output.WriteLine(JourneyServer.ChannelsConfigured(app.Services.GetRequiredService<IConfiguration>())
            ? $"  delivery    SMTP {Smtp(app)}, webhooks as configured (docs/delivery.md)"
            : "  delivery    no channel configured: messages are written to the log (docs/delivery.md)");
        output.WriteLine($"  deployment  {report.Deployment} ({(report.DeployedNow ? "deployed now" : "unchanged since the last start")})");
        if (keys.File is { } file)
        {
            output.WriteLine($"  api keys    {file}");
            output.WriteLine($"    ingest    {keys.Ingest}");
            output.WriteLine($"    admin     {keys.Admin}");
        }
        else
        {
            output.WriteLine("  api keys    from configuration (ApiKeys:Ingest, ApiKeys:Admin)");
        }

        output.WriteLine("Press Ctrl+C to stop.");
        // The command's output is buffered for reports; a server's lines must show while it runs.
        output.Flush();
    }
}
