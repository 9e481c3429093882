using MarketingAutomation.Server.Tests.Infrastructure;

namespace MarketingAutomation.Server.Tests.Journeys;

/// <summary>Waits live in the database: a server restarted on the same file wakes them when they are due.</summary>
public sealed class DurableTimerTests : IDisposable
{
    private readonly TestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_wait_resumes_after_a_restart_on_the_same_database()
    {
        var workspace = folder.Workspace("nudge", Scripts.Nudge);
        var time = new ManualTime();
        await using (var first = await RunningServer.StartAsync(folder.Database, workspace, time))
        {
            await first.PutContactAsync("ola", """{"email": "ola@example.com"}""");
            await first.PostEventsAsync("""{"id": "s1", "contact": "ola", "event": "signed_up", "data": {"source": "web"}}""");
            await Eventually.Get(() => first.Delivery.Received.Count, n => n == 1, "hello");
            Assert.Equal("hello", first.Delivery.Received[0].Name);
        }

        time.Advance(TimeSpan.FromMinutes(61));
        await using var second = await RunningServer.StartAsync(folder.Database, workspace, time);
        var delivered = await Eventually.Get(() => second.Delivery.Received, r => r.Count >= 2, "again and the crm post");
        Assert.Contains(delivered, m => m.Name == "again" && m.Recipient == "ola@example.com");
        var post = Assert.Single(delivered, m => m.Kind == Delivery.OutboundKind.Post);
        Assert.Equal("crm", post.Name);
        Assert.Equal("again", post.Arguments.Single(a => a.Name == "step").Value);
        Assert.DoesNotContain(delivered, m => m.Name == "hello");
    }

    [Fact]
    public async Task A_wait_does_not_fire_before_it_is_due()
    {
        var workspace = folder.Workspace("nudge", Scripts.Nudge);
        await using var server = await RunningServer.StartAsync(folder.Database, workspace);
        await server.PutContactAsync("ola", """{"email": "ola@example.com"}""");
        await server.PostEventsAsync("""{"id": "s1", "contact": "ola", "event": "signed_up", "data": {"source": "web"}}""");
        server.Time.Advance(TimeSpan.FromMinutes(59));
        await Task.Delay(400);
        Assert.DoesNotContain(await server.TimelineAsync("ola"), l => l.Contains("again"));

        server.Time.Advance(TimeSpan.FromMinutes(2));
        await Eventually.Get(() => server.TimelineAsync("ola"), t => t.Any(l => l.Contains("sent email again")), "the second mail");
    }
}
