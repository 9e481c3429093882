using MarketingAutomation.Server.Tests.Infrastructure;

namespace MarketingAutomation.Server.Tests.Journeys;

/// <summary>
/// The hand-over lanes overlap everything but the window from a channel's point of no return to
/// the durable outcome, which one hand-over at a time is inside: so a crash repeats at most one
/// message, with the default lanes.
/// </summary>
public sealed class HandOverWindowTests : IDisposable
{
    private readonly TestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Lanes_overlap_their_hand_overs_but_never_their_windows()
    {
        const int contacts = 12;
        var delivery = new RecordingDelivery { BeforeWindow = TimeSpan.FromMilliseconds(40), InWindow = TimeSpan.FromMilliseconds(5) };
        await using var server = await RunningServer.StartAsync(folder.Database, folder.Workspace("nudge", Scripts.Nudge), new ManualTime(), delivery);
        for (var i = 0; i < contacts; i++)
        {
            await server.PutContactAsync($"c{i}", $$"""{"email": "c{{i}}@example.com"}""");
        }

        var events = string.Join(", ", Enumerable.Range(0, contacts).Select(i => $$$"""{"id": "s{{{i}}}", "contact": "c{{{i}}}", "event": "signed_up", "data": {"source": "web"}}"""));
        (await server.PostEventsAsync($"[{events}]")).EnsureSuccessStatusCode();
        await Eventually.Get(() => delivery.Received, r => r.Count == contacts, "every welcome handed over");

        Assert.True(delivery.MostAtOnce > 1, $"the lanes never overlapped (at most {delivery.MostAtOnce} hand-over at once)");
        Assert.Equal(1, delivery.MostInsideWindow);
    }
}
