using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using MarketingAutomation.Delivery;
using MarketingAutomation.Server.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingAutomation.Server.Tests.Infrastructure;

/// <summary>
/// The server as a user runs it: Kestrel on a free loopback port, a real SQLite file, real HTTP.
/// Journey time is a <see cref="ManualTime"/> and delivery a <see cref="RecordingDelivery"/>, both
/// kept across restarts when a test passes them in again.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly RecordingDelivery? delivery;

    private RunningServer(WebApplication app, ManualTime time, RecordingDelivery? delivery, Uri address)
    {
        this.app = app;
        Time = time;
        this.delivery = delivery;
        Keys = app.Services.GetRequiredService<ApiKeys>();
        Admin = Client(Keys.Admin, address);
        Ingest = Client(Keys.Ingest, address);
        Anonymous = Client(null, address);
    }

    public ManualTime Time { get; }

    /// <summary>What was handed over; null for a server with real channels (<see cref="StartWithChannelsAsync"/>).</summary>
    public RecordingDelivery Delivery => delivery ?? throw new InvalidOperationException("this server delivers through real channels");

    public ApiKeys Keys { get; }

    public HttpClient Admin { get; }

    public HttpClient Ingest { get; }

    public HttpClient Anonymous { get; }

    public static string Shop => Path.Combine(MarketingAutomation.Testing.SolutionFolder.Path, "examples", "shop");

    /// <param name="services">Changes to the server's services after its own, such as a store that fails on purpose.</param>
    public static Task<RunningServer> StartAsync(string database, string? workspace, ManualTime? time = null, RecordingDelivery? delivery = null, Action<IServiceCollection>? services = null) =>
        StartAsync(database, workspace, time ?? new ManualTime(), delivery ?? new RecordingDelivery(), new Dictionary<string, string?>(), "http://127.0.0.1:0", services);

    /// <summary>
    /// A server whose channels are the real ones, configured by <paramref name="settings"/> (such as
    /// `Delivery:Smtp:Port`). It listens on a port chosen before it starts, so the links in its
    /// messages can name it.
    /// </summary>
    public static Task<RunningServer> StartWithChannelsAsync(string database, string? workspace, IReadOnlyDictionary<string, string?> settings, ManualTime? time = null) =>
        StartAsync(database, workspace, time ?? new ManualTime(), null, settings, $"http://127.0.0.1:{MarketingAutomation.Testing.FreePort.Next()}", null);

    private static async Task<RunningServer> StartAsync(string database, string? workspace, ManualTime time, RecordingDelivery? delivery, IReadOnlyDictionary<string, string?> settings, string urls, Action<IServiceCollection>? services)
    {
        var options = new ServerOptions
        {
            Urls = urls,
            DataPath = database,
            Workspace = workspace,
            Time = time,
            PollInterval = TimeSpan.FromMilliseconds(50),
            RetryBackoff = TimeSpan.FromMinutes(1),
            Settings = settings,
        };
        var app = JourneyServer.Build(options, configured =>
        {
            if (delivery is not null)
            {
                configured.AddSingleton<IMessageDelivery>(delivery);
            }

            services?.Invoke(configured);
        });
        await app.StartAsync();
        var address = new Uri(JourneyServer.Addresses(app).First());
        return new RunningServer(app, time, delivery, address);
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        Ingest.Dispose();
        Anonymous.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public Task<HttpResponseMessage> PostEventsAsync(string json) => Ingest.PostAsync("/v1/events", Json(json));

    public Task<HttpResponseMessage> PutContactAsync(string id, string json) => Ingest.PutAsync($"/v1/contacts/{id}", Json(json));

    /// <summary>A JSON answer of the admin API (the test fails on an error status).</summary>
    public async Task<JsonElement> GetAsync(string path)
    {
        using var response = await Admin.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The contact's timeline lines, as text.</summary>
    public async Task<List<string>> TimelineAsync(string contact) =>
        [.. (await GetAsync($"/v1/contacts/{contact}/timeline")).GetProperty("timeline").EnumerateArray().Select(e => $"{e.GetProperty("journey")} {e.GetProperty("text").GetString()}")];

    private static HttpClient Client(string? key, Uri address)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }
}
