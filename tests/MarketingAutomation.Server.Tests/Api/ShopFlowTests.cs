using System.Net;
using System.Text.Json;
using MarketingAutomation.Server.Tests.Infrastructure;

namespace MarketingAutomation.Server.Tests.Api;

/// <summary>The shop workspace behind the API: a sign-up gets the welcome mail, once, with a stable key, and the reasons are on record.</summary>
public sealed class ShopFlowTests : IAsyncLifetime
{
    private const string Ala = """{"email": "ala@example.com", "first_name": "Ala", "country": "PL", "marketing_consent": true}""";
    private readonly TestFolder folder = new();
    private RunningServer server = null!;

    public async Task InitializeAsync() => server = await RunningServer.StartAsync(folder.Database, RunningServer.Shop);

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_signup_hands_the_welcome_mail_to_delivery_with_the_send_effects_key()
    {
        Assert.Equal(HttpStatusCode.Created, (await server.PutContactAsync("ala", Ala)).StatusCode);
        using var posted = await server.PostEventsAsync("""{"id": "evt-1", "contact": "ala", "event": "signed_up", "data": {"source": "web"}}""");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("accepted").GetInt32());

        var message = await Eventually.Get(() => server.Delivery.Received.FirstOrDefault(m => m.Name == "welcome_1"), _ => true, "welcome_1 to be delivered");
        Assert.Equal("ala@example.com", message.Recipient);
        Assert.Equal("Ala", message.Contact["first_name"]);
        Assert.Equal("welcome_series", message.Journey);

        var timeline = (await server.GetAsync("/v1/contacts/ala/timeline")).GetProperty("timeline").EnumerateArray().ToList();
        var send = timeline.Single(e => e.GetProperty("kind").GetString() == "send");
        Assert.Equal(message.Key, send.GetProperty("key").GetString());
        Assert.Equal("welcome.journey", send.GetProperty("file").GetString());
        Assert.True(send.GetProperty("line").GetInt32() > 0);
        await Eventually.Get(() => server.TimelineAsync("ala"), t => t.Any(l => l.Contains("delivered email welcome_1")), "the delivery on the timeline");
    }

    [Fact]
    public async Task A_duplicate_event_id_is_accepted_as_duplicate_and_applied_once()
    {
        await server.PutContactAsync("ala", Ala);
        const string signup = """{"id": "evt-7", "contact": "ala", "event": "signed_up", "data": {"source": "web"}}""";
        using var first = await server.PostEventsAsync(signup);
        using var again = await server.PostEventsAsync($"[{signup}, {signup}]");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var answer = JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(0, answer.GetProperty("accepted").GetInt32());
        Assert.Equal(2, answer.GetProperty("duplicates").GetInt32());
        Assert.All(answer.GetProperty("results").EnumerateArray(), r => Assert.Equal("duplicate", r.GetProperty("status").GetString()));

        await Eventually.Get(() => server.Delivery.Received.Count(m => m.Name == "welcome_1"), n => n == 1, "one welcome_1");
        Assert.Single(await server.TimelineAsync("ala"), l => l.Contains("entered"));
    }

    [Fact]
    public async Task The_contact_shows_its_journey_waiting_and_the_stats_count_it()
    {
        await server.PutContactAsync("ala", Ala);
        await server.PostEventsAsync("""{"id": "e1", "contact": "ala", "event": "signed_up", "data": {"source": "web"}}""");

        var contact = await server.GetAsync("/v1/contacts/ala");
        Assert.Equal("ala@example.com", contact.GetProperty("profile").GetProperty("email").GetString());
        var welcome = contact.GetProperty("journeys").EnumerateArray().Single(j => j.GetProperty("journey").GetString() == "welcome_series");
        Assert.Equal("timer", welcome.GetProperty("waiting").GetString());
        Assert.Equal(ManualTime.Monday.AddDays(2), welcome.GetProperty("waitUntil").GetDateTimeOffset());

        var stats = await Eventually.Get(() => server.GetAsync("/v1/journeys/welcome_series/stats"), s => s.GetProperty("delivered").GetInt64() == 1, "the delivery counted");
        Assert.Equal(1, stats.GetProperty("entered").GetInt64());
        Assert.Equal(1, stats.GetProperty("waiting").GetInt64());
        Assert.Equal(1, stats.GetProperty("sent").GetProperty("email").GetInt64());

        Assert.Equal(JsonValueKind.Null, stats.GetProperty("timeToConvert").ValueKind);

        // The step that sent it, by its script line.
        var step = Assert.Single(stats.GetProperty("steps").EnumerateArray(), s => s.GetProperty("kind").GetString() == "send");
        Assert.Equal("welcome.journey", step.GetProperty("file").GetString());
        Assert.Equal(1, step.GetProperty("count").GetInt64());

        // An order a day and a half later converts: the goal's revenue is counted and the contact leaves.
        server.Time.Advance(TimeSpan.FromHours(36));
        await server.PostEventsAsync("""{"id": "e2", "contact": "ala", "event": "order_placed", "data": {"order_id": "KC-1", "total": 89.5, "sku": "B-1", "category": "beans", "items": 2}}""");
        stats = await server.GetAsync("/v1/journeys/welcome_series/stats");
        Assert.Equal(1, stats.GetProperty("converted").GetInt64());
        Assert.Equal(0, stats.GetProperty("waiting").GetInt64());
        Assert.Equal(89.5m, stats.GetProperty("revenue").GetDecimal());
        Assert.Equal(1, stats.GetProperty("timeToConvert").GetProperty("count").GetInt32());
        Assert.Equal(36 * 3600, stats.GetProperty("timeToConvert").GetProperty("medianSeconds").GetInt64());
    }

    [Fact]
    public async Task Identify_moves_the_anonymous_history_and_journeys_to_the_known_contact()
    {
        // Browsing anonymously: a cart left behind starts the abandoned-cart journey, waiting an hour.
        await server.PostEventsAsync("""{"id": "c1", "contact": "anon-42", "event": "cart_abandoned", "data": {"cart_id": "C-1", "value": 64, "top_sku": "B-1", "item_count": 2}}""");
        await server.PutContactAsync("ala", Ala);

        using var merged = await server.Ingest.PostAsync("/v1/contacts/ala/identify", RunningServer.Json("""{"anonymousId": "anon-42"}"""));
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);

        var contact = await server.GetAsync("/v1/contacts/ala");
        Assert.Contains(contact.GetProperty("journeys").EnumerateArray(), j => j.GetProperty("journey").GetString() == "abandoned_cart");
        Assert.Contains(await server.TimelineAsync("ala"), l => l.StartsWith("abandoned_cart entered", StringComparison.Ordinal));

        // The old id now means the known contact, and the reminder goes to the known address.
        Assert.Equal("ala", (await server.GetAsync("/v1/contacts/anon-42")).GetProperty("id").GetString());
        server.Time.Advance(TimeSpan.FromHours(1));
        var reminder = await Eventually.Get(() => server.Delivery.Received.FirstOrDefault(m => m.Name == "cart_reminder"), _ => true, "the cart reminder");
        Assert.Equal("ala@example.com", reminder.Recipient);
        Assert.Equal("ala", reminder.ContactId);

        // A retried identify answers as the first did; the same anonymous id claimed by another
        // contact is a conflict; an id never seen is not found.
        using var twice = await server.Ingest.PostAsync("/v1/contacts/ala/identify", RunningServer.Json("""{"anonymousId": "anon-42"}"""));
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Equal("ala", JsonDocument.Parse(await twice.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString());
        await server.PutContactAsync("ola", """{"email": "ola@example.com"}""");
        using var claimed = await server.Ingest.PostAsync("/v1/contacts/ola/identify", RunningServer.Json("""{"anonymousId": "anon-42"}"""));
        Assert.Equal(HttpStatusCode.Conflict, claimed.StatusCode);
        Assert.Equal("\"anon-42\" was merged into another contact, \"ala\", already.", JsonDocument.Parse(await claimed.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        using var unknown = await server.Ingest.PostAsync("/v1/contacts/ala/identify", RunningServer.Json("""{"anonymousId": "anon-never-seen"}"""));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
