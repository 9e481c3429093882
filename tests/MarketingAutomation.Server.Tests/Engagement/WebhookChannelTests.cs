using System.Net;
using System.Text.Json;
using MarketingAutomation.Server.Tests.Infrastructure;
using MarketingAutomation.Testing;

namespace MarketingAutomation.Server.Tests.Engagement;

/// <summary>
/// SMS, `post` and `notify sales` through the server's real webhook channel to a real HTTP
/// receiver on loopback: what arrives, with which headers, and what the contact's timeline says.
/// </summary>
public sealed class WebhookChannelTests : IAsyncLifetime
{
    private const string Script = """
        contact {
          email: email
          phone: phone?
          first_name: text = "friend"
        }
        event signed_up { plan: text }
        connection crm
        template sms welcome_text "Hi {{ contact.first_name }}, welcome to the {{ plan }} plan"

        journey greet {
          when signed_up
          send sms welcome_text with { plan: event.plan }
          post crm { phone: contact.phone, plan: event.plan }
          notify sales "New {{ event.plan }} sign-up: {{ contact.first_name }}"
        }
        """;

    private readonly TestFolder folder = new();
    private readonly WebhookReceiver receiver = new();
    private RunningServer server = null!;

    public async Task InitializeAsync()
    {
        server = await RunningServer.StartWithChannelsAsync(folder.Database, folder.Workspace("notices", Script), new Dictionary<string, string?>
        {
            ["Delivery:Webhooks:Sms:Url"] = receiver.Url("/sms"),
            ["Delivery:Webhooks:Sms:BearerToken"] = "sms-secret",
            ["Delivery:Webhooks:Sales:Url"] = receiver.Url("/sales"),
            // The CRM refuses the call for good: a 4xx is a permanent failure.
            ["Delivery:Webhooks:Connections:crm:Url"] = receiver.Url("/status/422"),
        });
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        receiver.Dispose();
        folder.Dispose();
    }

    [Fact]
    public async Task Each_item_arrives_once_with_its_idempotency_key_and_the_timeline_says_how_it_went()
    {
        Assert.Equal(HttpStatusCode.Created, (await server.PutContactAsync("ala", """{"email": "ala@example.com", "phone": "+48600100200", "first_name": "Ala"}""")).StatusCode);
        using (var posted = await server.PostEventsAsync("""{"id": "evt-1", "contact": "ala", "event": "signed_up", "data": {"plan": "pro"}}"""))
        {
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        }

        await Eventually.Get(() => receiver.Requests.Count, n => n >= 3, "the SMS, the post and the sales notice");
        var timeline = await Eventually.Get(
            () => server.TimelineAsync("ala"),
            lines => lines.Count(l => l.Contains(" delivered ", StringComparison.Ordinal)) == 2 && lines.Any(l => l.Contains("not delivered", StringComparison.Ordinal)),
            "the outcomes on the timeline");

        var sms = Body("/sms");
        Assert.Equal("message", sms.GetProperty("kind").GetString());
        Assert.Equal("sms", sms.GetProperty("channel").GetString());
        Assert.Equal("+48600100200", sms.GetProperty("recipient").GetString());
        Assert.Equal("Hi Ala, welcome to the pro plan", sms.GetProperty("text").GetString());
        Assert.Equal("Bearer sms-secret", Request("/sms").Headers["Authorization"]);

        var notice = Body("/sales");
        Assert.Equal("notify_sales", notice.GetProperty("kind").GetString());
        Assert.Equal("New pro sign-up: Ala", notice.GetProperty("text").GetString());
        Assert.Equal("New {{ event.plan }} sign-up: {{ contact.first_name }}", notice.GetProperty("name").GetString());

        var post = Body("/status/422");
        Assert.Equal("post", post.GetProperty("kind").GetString());
        Assert.Equal("crm", post.GetProperty("name").GetString());
        Assert.Equal("+48600100200", post.GetProperty("arguments").GetProperty("phone").GetString());
        Assert.Equal("pro", post.GetProperty("arguments").GetProperty("plan").GetString());

        // One call each, every one keyed by its outbox key, and the keys all different.
        var keys = receiver.Requests.Select(r => r.Headers["Idempotency-Key"]).ToList();
        Assert.Equal(3, keys.Count);
        Assert.Equal(3, keys.Distinct().Count());
        Assert.All(receiver.Requests, r => Assert.Equal(r.Headers["Idempotency-Key"], JsonDocument.Parse(r.Body).RootElement.GetProperty("key").GetString()));
        Assert.Contains("greet delivered sms welcome_text", timeline);
        Assert.Contains("greet delivered sales notice", timeline);
        Assert.Contains(timeline, l => l.StartsWith("greet not delivered: post to crm", StringComparison.Ordinal) && l.Contains("422", StringComparison.Ordinal));

        // A permanent failure is not retried: an hour later the CRM still had one call.
        server.Time.Advance(TimeSpan.FromHours(1));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(receiver.Requests, r => r.Path == "/status/422");
    }

    private RecordedRequest Request(string path) => Assert.Single(receiver.Requests, r => r.Path == path);

    private JsonElement Body(string path) => JsonDocument.Parse(Request(path).Body).RootElement;
}
