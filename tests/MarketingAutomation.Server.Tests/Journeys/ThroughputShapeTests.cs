using System.Text.Json;
using MarketingAutomation.Server.Tests.Infrastructure;

namespace MarketingAutomation.Server.Tests.Journeys;

/// <summary>A batch across many contacts: every event is applied once, in order per contact, and the answer comes after the writes.</summary>
public sealed class ThroughputShapeTests : IDisposable
{
    private readonly TestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_batch_over_many_contacts_is_applied_once_per_event_and_counted()
    {
        await using var server = await RunningServer.StartAsync(folder.Database, folder.Workspace("nudge", Scripts.Nudge));
        var events = Enumerable.Range(0, 300).SelectMany(c => new[]
        {
            new { id = $"s-{c}", contact = $"c{c}", @event = "signed_up", data = new { source = "web" } },
            new { id = $"s-{c}", contact = $"c{c}", @event = "signed_up", data = new { source = "web" } },
        });
        using var response = await server.PostEventsAsync(JsonSerializer.Serialize(events));
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(300, answer.GetProperty("accepted").GetInt32());
        Assert.Equal(300, answer.GetProperty("duplicates").GetInt32());

        // Accepted means written: the counts are there the moment the answer is.
        var stats = await server.GetAsync("/v1/journeys/nudge/stats");
        Assert.Equal(300, stats.GetProperty("entered").GetInt64());
        Assert.Equal(300, stats.GetProperty("waiting").GetInt64());
    }
}
