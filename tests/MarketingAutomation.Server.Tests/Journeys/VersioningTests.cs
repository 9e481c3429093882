using System.Net;
using System.Text.Json;
using MarketingAutomation.Server.Tests.Infrastructure;

namespace MarketingAutomation.Server.Tests.Journeys;

/// <summary>A deploy while instances wait: they finish on the version they started on; new entries take the new one.</summary>
public sealed class VersioningTests : IDisposable
{
    private readonly TestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_waiting_instance_finishes_on_its_old_version_and_new_entries_run_the_new_one()
    {
        var time = new ManualTime();
        string? oldVersion;
        string? newVersion;
        await using (var server = await RunningServer.StartAsync(folder.Database, folder.Workspace("v1", Scripts.Farewell("goodbye_old")), time))
        {
            await server.PutContactAsync("early", """{"email": "early@example.com", "first_name": "Eli"}""");
            await server.PostEventsAsync("""{"id": "s1", "contact": "early", "event": "signed_up", "data": {"source": "web"}}""");
            oldVersion = (await server.GetAsync("/v1/contacts/early")).GetProperty("journeys")[0].GetProperty("version").GetString();

            // The new version also changes the contact schema (a new field), so the builds' types differ.
            using var deployed = await server.Admin.PostAsync("/v1/deploy", RunningServer.Json(
                JsonSerializer.Serialize(new Dictionary<string, string> { ["main.journey"] = Scripts.Farewell("goodbye_new", "nickname: text?") })));
            Assert.Equal(HttpStatusCode.OK, deployed.StatusCode);

            var journeys = await server.GetAsync("/v1/journeys");
            Assert.Equal(2, journeys.GetProperty("current").GetInt32());
            newVersion = journeys.GetProperty("journeys")[0].GetProperty("version").GetString();
            Assert.NotEqual(oldVersion, newVersion);

            await server.PutContactAsync("late", """{"email": "late@example.com", "nickname": "Lou"}""");
            await server.PostEventsAsync("""{"id": "s2", "contact": "late", "event": "signed_up", "data": {"source": "web"}}""");
            Assert.Equal(newVersion, (await server.GetAsync("/v1/contacts/late")).GetProperty("journeys")[0].GetProperty("version").GetString());
            var early = await server.GetAsync("/v1/contacts/early");
            Assert.Equal(oldVersion, early.GetProperty("journeys")[0].GetProperty("version").GetString());
            Assert.Equal("Eli", early.GetProperty("profile").GetProperty("first_name").GetString());
        }

        // Restarted without a workspace: the deployments come back from the database, the old one
        // compiled again when its waiting instance needs it.
        time.Advance(TimeSpan.FromHours(1));
        await using var restarted = await RunningServer.StartAsync(folder.Database, workspace: null, time);
        await Eventually.Get(() => restarted.TimelineAsync("early"), t => t.Any(l => l.Contains("sent email goodbye_old")), "the old version's mail");
        await Eventually.Get(() => restarted.TimelineAsync("late"), t => t.Any(l => l.Contains("sent email goodbye_new")), "the new version's mail");
        Assert.DoesNotContain(await restarted.TimelineAsync("early"), l => l.Contains("goodbye_new"));
        var message = await Eventually.Get(() => restarted.Delivery.Received.FirstOrDefault(m => m.Name == "goodbye_old"), _ => true, "the old mail delivered");
        Assert.Equal("early@example.com", message.Recipient);
        Assert.Equal("Eli", message.Contact["first_name"]);
    }

    [Fact]
    public async Task A_wait_for_started_on_the_old_version_takes_the_events_its_own_filter_takes()
    {
        await using var server = await RunningServer.StartAsync(folder.Database, folder.Workspace("v1", Replier("app", "goodbye_old")));
        await server.PutContactAsync("eli", """{"email": "eli@example.com"}""");
        await server.PostEventsAsync("""{"id": "s1", "contact": "eli", "event": "signed_up", "data": {"source": "web"}}""");
        using var deployed = await server.Admin.PostAsync("/v1/deploy", RunningServer.Json(
            JsonSerializer.Serialize(new Dictionary<string, string> { ["main.journey"] = Replier("shop", "goodbye_new") })));
        Assert.Equal(HttpStatusCode.OK, deployed.StatusCode);

        // The new version's filter takes "shop"; the waiting instance is on the old one, which does not.
        await server.PostEventsAsync("""{"id": "s2", "contact": "eli", "event": "signed_up", "data": {"source": "shop"}}""");
        var waiting = (await server.GetAsync("/v1/contacts/eli")).GetProperty("journeys")[0];
        Assert.Equal("event", waiting.GetProperty("waiting").GetString());
        Assert.DoesNotContain(await server.TimelineAsync("eli"), l => l.Contains("sent email", StringComparison.Ordinal));

        await server.PostEventsAsync("""{"id": "s3", "contact": "eli", "event": "signed_up", "data": {"source": "app"}}""");
        var timeline = await Eventually.Get(() => server.TimelineAsync("eli"), t => t.Any(l => l.Contains("sent email goodbye_old")), "the old version's received branch");
        Assert.DoesNotContain(timeline, l => l.Contains("goodbye_new"));
        Assert.Single(timeline, l => l.Contains("sent email", StringComparison.Ordinal));
    }

    /// <summary>Waits for a second sign-up from <paramref name="source"/>, then sends <paramref name="template"/>.</summary>
    private static string Replier(string source, string template) => Scripts.Schema + $$"""

        journey replier {
          when signed_up where event.source == "web"
          wait for signed_up where event.source == "{{source}}" up to 1d {
            received { send email {{template}} }
            timeout { send email again }
          }
        }
        """;

    [Fact]
    public async Task Deploying_the_same_sources_again_changes_nothing()
    {
        var files = JsonSerializer.Serialize(new Dictionary<string, string> { ["main.journey"] = Scripts.Nudge });
        await using var server = await RunningServer.StartAsync(folder.Database, workspace: null);
        using var first = await server.Admin.PostAsync("/v1/deploy", RunningServer.Json(files));
        using var second = await server.Admin.PostAsync("/v1/deploy", RunningServer.Json(files));
        Assert.Contains("\"changed\":true", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("\"changed\":false", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, (await server.GetAsync("/v1/journeys")).GetProperty("deployments").GetArrayLength());
    }

    [Fact]
    public async Task Before_any_deploy_contacts_and_events_are_a_409()
    {
        await using var server = await RunningServer.StartAsync(folder.Database, workspace: null);
        using var response = await server.PostEventsAsync("""{"id": "s1", "contact": "ola", "event": "signed_up", "data": {"source": "web"}}""");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Conflict, (await server.Admin.GetAsync("/v1/contacts/ola")).StatusCode);
    }
}
