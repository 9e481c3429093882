using MarketingAutomation.Delivery;
using MarketingAutomation.Server.Tests.Infrastructure;

namespace MarketingAutomation.Server.Tests.Journeys;

/// <summary>The outbox: a transient failure is retried after its backoff with the same key; a permanent one is recorded as failed.</summary>
public sealed class OutboxRetryTests : IDisposable
{
    private readonly TestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_transient_failure_is_retried_after_the_backoff_with_the_same_key()
    {
        var delivery = new RecordingDelivery();
        var failures = 1;
        delivery.Answer = _ => Interlocked.Decrement(ref failures) >= 0 ? new DeliveryOutcome(DeliveryStatus.TransientFailure, "connection refused") : DeliveryOutcome.Delivered;
        await using var server = await RunningServer.StartAsync(folder.Database, folder.Workspace("nudge", Scripts.Nudge), delivery: delivery);
        await server.PutContactAsync("ola", """{"email": "ola@example.com"}""");
        await server.PostEventsAsync("""{"id": "s1", "contact": "ola", "event": "signed_up", "data": {"source": "web"}}""");

        await Eventually.Get(() => delivery.Received.Count, n => n == 1, "the first attempt");
        await Task.Delay(300);
        Assert.Single(delivery.Received);

        server.Time.Advance(TimeSpan.FromMinutes(1));
        var attempts = await Eventually.Get(() => delivery.Received, r => r.Count == 2, "the retry");
        Assert.Equal(attempts[0].Key, attempts[1].Key);
        await Eventually.Get(() => server.TimelineAsync("ola"), t => t.Any(l => l.Contains("delivered email hello")), "delivered on the timeline");
    }

    [Fact]
    public async Task A_permanent_failure_is_recorded_as_failed_and_not_retried()
    {
        var delivery = new RecordingDelivery { Answer = _ => new DeliveryOutcome(DeliveryStatus.PermanentFailure, "mailbox does not exist") };
        await using var server = await RunningServer.StartAsync(folder.Database, folder.Workspace("nudge", Scripts.Nudge), delivery: delivery);
        await server.PutContactAsync("ola", """{"email": "ola@example.com"}""");
        await server.PostEventsAsync("""{"id": "s1", "contact": "ola", "event": "signed_up", "data": {"source": "web"}}""");

        await Eventually.Get(() => server.TimelineAsync("ola"), t => t.Any(l => l.Contains("not delivered: email hello (mailbox does not exist)")), "the failure on the timeline");
        var stats = await server.GetAsync("/v1/journeys/nudge/stats");
        Assert.Equal(1, stats.GetProperty("deliveryFailed").GetInt64());
        server.Time.Advance(TimeSpan.FromHours(2));
        await Eventually.Get(() => server.TimelineAsync("ola"), t => t.Any(l => l.Contains("sent email again")), "the second mail");
        await Eventually.Get(() => delivery.Received.Count, n => n == 3, "hello, again and the post, once each");
        await Task.Delay(300);
        Assert.Equal(3, delivery.Received.Count);
    }
}
