using System.Net;
using System.Net.Sockets;
using MarketingAutomation.Delivery;
using MarketingAutomation.Delivery.Email;
using MarketingAutomation.Delivery.Templates;
using MarketingAutomation.Delivery.Webhooks;
using MarketingAutomation.Server.Api;
using MarketingAutomation.Server.Deployments;
using MarketingAutomation.Server.Ingest;
using MarketingAutomation.Server.Outbox;
using MarketingAutomation.Server.Storage;
using MarketingAutomation.Server.Timers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarketingAutomation.Server;

/// <summary>
/// The journey server: an Orleans silo (localhost clustering, one grain per contact) inside an
/// ASP.NET Core app that serves the HTTP API, with the store, the timer scheduler and the outbox
/// dispatcher as services of the same host.
/// </summary>
public static class JourneyServer
{
    /// <summary>
    /// Builds the server. <paramref name="configureServices"/> runs after the defaults are
    /// registered, so a registration there replaces them: the delivery channels register their
    /// <see cref="IMessageDelivery"/> this way (the last registration of a service wins).
    /// </summary>
    public static WebApplication Build(ServerOptions options, Action<IServiceCollection>? configureServices = null)
    {
        // Settings are read once, at start. Reloading appsettings.json on change would watch the
        // whole working folder, where the store keeps its files by default (.ma/), and wake a
        // thread for every write to them: about 6 % of the server's CPU in a profile under load.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration.AddEnvironmentVariables("MA_");
        builder.Configuration.AddInMemoryCollection(options.Settings);
        builder.WebHost.UseUrls(options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes);
        // The console is for what the journeys do; the frameworks speak up only when something is wrong.
        // The silo's start-up notes (such as advice on server GC, which a small embedded server does
        // not need) are warnings, so the silo's own category shows errors only. So does its watchdog:
        // when its first check runs before the thread it watches has started, it warns of a possible
        // deadlock "not completed for" the machine's whole uptime, at the start of a healthy server.
        builder.Logging.AddFilter("Orleans", LogLevel.Warning).AddFilter("Orleans.Runtime.Silo", LogLevel.Error).AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error).AddFilter("Microsoft", LogLevel.Warning).AddFilter("Polly", LogLevel.Warning);

        if (builder.Configuration["Outbox:HandOverLanes"] is { } lanes)
        {
            options = options with { HandOverLanes = Setting("Outbox:HandOverLanes", lanes) };
        }

        if (builder.Configuration["Outbox:MaxRepeatsPerCrash"] is { } repeats)
        {
            options = options with { MaxRepeatsPerCrash = Setting("Outbox:MaxRepeatsPerCrash", repeats) };
        }

        if (builder.Configuration["Outbox:JournalSyncMilliseconds"] is { } sync)
        {
            options = options with { JournalSyncInterval = TimeSpan.FromMilliseconds(Milliseconds("Outbox:JournalSyncMilliseconds", sync)) };
        }

        List<string> problems =
        [
            .. SettingKeys.Unknown(builder.Configuration.GetSection("Outbox"), "Outbox", ["HandOverLanes", "MaxRepeatsPerCrash", "JournalSyncMilliseconds"]),
            .. SettingKeys.Unknown(builder.Configuration.GetSection("ApiKeys"), "ApiKeys", ["Ingest", "Admin"]),
            .. DeliverySettingsCheck.Problems(builder.Configuration),
        ];
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        var keys = ApiKeys.Load(builder.Configuration, options.DataPath);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(keys);
        services.AddSingleton(new JourneyClock(options.Time));
        services.AddSingleton<IJourneyStore>(provider => new SqliteJourneyStore(options.DataPath, provider.GetRequiredService<ILogger<SqliteJourneyStore>>()));
        services.AddSingleton<DeploymentRegistry>();
        services.AddSingleton<StartupReport>();
        services.AddSingleton<IngestService>();
        AddDelivery(services, builder.Configuration, options);
        services.AddProblemDetails();
        services.AddOpenApi();

        // Before the silo: the store and the deployments must be ready when the first grain runs.
        services.AddHostedService<ServerStartup>();
        builder.UseOrleans(silo => silo.UseLocalhostClustering(siloPort: FreeLoopbackPort(), gatewayPort: 0, serviceId: "journeys", clusterId: "embedded"));
        services.AddHostedService<WakeScheduler>();
        services.AddHostedService<OutboxDispatcher>();
        configureServices?.Invoke(services);

        var app = builder.Build();
        // Outermost: a bug anywhere still answers with a problem body, not an empty 500.
        app.UseExceptionHandler();
        app.UseErrorAnswers();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapGet("/openapi", () => Results.Redirect("/openapi/v1.json")).ExcludeFromDescription();
        var api = app.MapGroup("/v1");
        EventEndpoints.Map(api, keys);
        ContactEndpoints.Map(api, keys);
        DeployEndpoints.Map(api, keys);
        JourneyEndpoints.Map(api, keys);
        OutboxEndpoints.Map(api, keys);
        EngagementEndpoints.Map(app);
        BounceEndpoints.Map(api, keys);
        return app;
    }

    /// <summary>
    /// The channels: real ones (SMTP, webhooks) once any of their settings is given, else a log of
    /// what would go out, so a server started with no configuration still shows its whole flow.
    /// Links are signed either way (the tracking and unsubscribe endpoints read them), with a key
    /// kept beside the database unless one is configured, and point at this server unless a public
    /// address is configured.
    /// </summary>
    private static void AddDelivery(IServiceCollection services, IConfiguration configuration, ServerOptions options)
    {
        services.AddSingleton<ITemplateSource, DeploymentTemplates>();
        services.AddMessageDelivery(configuration);
        services.PostConfigure<DeliveryOptions>(delivery =>
        {
            delivery.LinkSecret ??= LinkSecretFile.LoadOrCreate(options.DataPath);
            if (configuration[DeliveryOptions.SectionName + ":" + nameof(DeliveryOptions.PublicBaseUrl)] is null && OwnAddress(options.Urls) is { } address)
            {
                delivery.PublicBaseUrl = address;
            }
        });

        if (!ChannelsConfigured(configuration))
        {
            services.RemoveAll<IMessageDelivery>();
            services.AddSingleton<IMessageDelivery, LogOnlyDelivery>();
        }
    }

    /// <summary>A count from configuration: a whole number from 1 to 1024, or a start-up error that names the setting.</summary>
    private static int Setting(string name, string value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count is > 0 and <= 1024
            ? count
            : throw new InvalidOperationException($"{name} must be a whole number from 1 to 1024, not \"{value}\".");

    private static int Milliseconds(string name, string value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var milliseconds) && milliseconds <= 1000
            ? milliseconds
            : throw new InvalidOperationException($"{name} must be a whole number of milliseconds from 0 to 1000, not \"{value}\".");

    /// <summary>The first address the server is told to listen on, when it names a port (not 0, which is picked at start).</summary>
    private static string? OwnAddress(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() is { } first
        && Uri.TryCreate(first, UriKind.Absolute, out var uri) && uri.Port != 0
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;

    /// <summary>True when the configuration sets up a channel: an SMTP server or a webhook.</summary>
    public static bool ChannelsConfigured(IConfiguration configuration) =>
        configuration.GetSection(SmtpOptions.SectionName).Exists() || configuration.GetSection(WebhookOptions.SectionName).Exists();

    /// <summary>The addresses the started server listens on (with the real port when port 0 was asked for).</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];

    /// <summary>
    /// A free port for the silo's own endpoint. The embedded silo talks only to itself, but
    /// Orleans still listens; a fixed port would stop two servers (or a server and its tests)
    /// from running on one machine. The gateway (for outside Orleans clients) is off.
    /// </summary>
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
