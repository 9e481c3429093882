using System.Text.Json;
using MarketingAutomation.Server.Tests.Infrastructure;

namespace MarketingAutomation.Server.Tests.Api;

/// <summary>
/// An event id is applied once, however the contact's grain came to know it: remembered by the
/// activation that applied it, read from the store after a restart, moved over in a merge, or
/// read again once a busy contact has applied more ids than its activation keeps.
/// </summary>
public sealed class EventIdTests : IDisposable
{
    private const string Ala = """{"email": "ala@example.com", "first_name": "Ala", "country": "PL", "marketing_consent": true}""";
    private readonly TestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task An_event_applied_before_a_restart_is_a_duplicate_after_it()
    {
        var time = new ManualTime();
        await using (var server = await RunningServer.StartAsync(folder.Database, RunningServer.Shop, time))
        {
            await server.PutContactAsync("ala", Ala);
            Assert.Equal((1, 0), await PostAsync(server, Viewed("v-1", "ala")));
        }

        await using var restarted = await RunningServer.StartAsync(folder.Database, workspace: null, time);
        Assert.Equal((1, 1), await PostAsync(restarted, $"[{Viewed("v-1", "ala")}, {Viewed("v-2", "ala")}]"));
        Assert.Equal((0, 2), await PostAsync(restarted, $"[{Viewed("v-1", "ala")}, {Viewed("v-2", "ala")}]"));
    }

    [Fact]
    public async Task An_absorbed_contacts_events_are_duplicates_for_the_contact_that_absorbed_it()
    {
        await using var server = await RunningServer.StartAsync(folder.Database, RunningServer.Shop);
        Assert.Equal((1, 0), await PostAsync(server, Viewed("anon-view", "anon-42")));

        // The known contact is new to the store, and its grain has applied an event of its own.
        await server.PutContactAsync("ala", Ala);
        Assert.Equal((1, 0), await PostAsync(server, Viewed("ala-view", "ala")));
        using var merged = await server.Ingest.PostAsync("/v1/contacts/ala/identify", RunningServer.Json("""{"anonymousId": "anon-42"}"""));
        Assert.True(merged.IsSuccessStatusCode);

        Assert.Equal((0, 2), await PostAsync(server, $"[{Viewed("anon-view", "ala")}, {Viewed("ala-view", "ala")}]"));
        Assert.Equal((0, 1), await PostAsync(server, Viewed("anon-view", "anon-42")));
    }

    [Fact]
    public async Task A_contact_with_more_events_than_its_activation_remembers_still_applies_each_once()
    {
        var time = new ManualTime();
        var ids = Enumerable.Range(0, 300).Select(i => $"v-{i}").ToList();
        await using (var server = await RunningServer.StartAsync(folder.Database, RunningServer.Shop, time))
        {
            await server.PutContactAsync("ala", Ala);
            Assert.Equal((200, 0), await PostAsync(server, Batch(ids.Take(200))));
            Assert.Equal((100, 0), await PostAsync(server, Batch(ids.Skip(200))));
            Assert.Equal((1, 3), await PostAsync(server, Batch(["v-0", "v-199", "v-299", "v-300"])));
        }

        // Activated again, with its ids in the store only: each is still a duplicate.
        await using var restarted = await RunningServer.StartAsync(folder.Database, workspace: null, time);
        Assert.Equal((1, 301), await PostAsync(restarted, Batch([.. ids, "v-300", "v-301"])));
    }

    private static string Viewed(string id, string contact) =>
        JsonSerializer.Serialize(new { id, contact, @event = "page_viewed", data = new { path = "/beans" } });

    private static string Batch(IEnumerable<string> ids) => $"[{string.Join(", ", ids.Select(id => Viewed(id, "ala")))}]";

    /// <returns>How many events the answer accepted, and how many it called duplicates.</returns>
    private static async Task<(int Accepted, int Duplicates)> PostAsync(RunningServer server, string json)
    {
        using var response = await server.PostEventsAsync(json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var answer = JsonDocument.Parse(body).RootElement;
        return (answer.GetProperty("accepted").GetInt32(), answer.GetProperty("duplicates").GetInt32());
    }
}
