using System.Text.Json;
using MarketingAutomation.Delivery;
using MarketingAutomation.Server.Tests.Infrastructure;

namespace MarketingAutomation.Server.Tests.Journeys;

/// <summary>`GET /v1/outbox`: the pending items, those due, those that failed at least once, and how long the oldest due one has waited.</summary>
public sealed class OutboxBacklogTests : IDisposable
{
    private readonly TestFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task An_item_being_handed_over_is_due_and_ages_with_the_clock_until_it_is_delivered()
    {
        using var inHand = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var delivery = new RecordingDelivery
        {
            Answer = _ =>
            {
                inHand.Set();
                release.Wait(TimeSpan.FromSeconds(30));
                return DeliveryOutcome.Delivered;
            },
        };
        await using var server = await RunningServer.StartAsync(folder.Database, folder.Workspace("nudge", Scripts.Nudge), delivery: delivery);
        AssertBacklog(await server.GetAsync("/v1/outbox"), pending: 0, due: 0, retrying: 0, waitedSeconds: null);

        await server.PutContactAsync("ola", """{"email": "ola@example.com"}""");
        await server.PostEventsAsync("""{"id": "s1", "contact": "ola", "event": "signed_up", "data": {"source": "web"}}""");
        Assert.True(inHand.Wait(TimeSpan.FromSeconds(30)), "the hello email was never handed over");

        // Its row stays pending until the hand-over returns; the server's clock is the test's.
        server.Time.Advance(TimeSpan.FromSeconds(5));
        var backlog = await server.GetAsync("/v1/outbox");
        AssertBacklog(backlog, pending: 1, due: 1, retrying: 0, waitedSeconds: 5);
        Assert.Equal(ManualTime.Monday, backlog.GetProperty("oldestDueAt").GetDateTimeOffset());

        release.Set();
        var after = await Eventually.Get(() => server.GetAsync("/v1/outbox"), b => b.GetProperty("pending").GetInt64() == 0, "the backlog emptied");
        AssertBacklog(after, pending: 0, due: 0, retrying: 0, waitedSeconds: null);
    }

    [Fact]
    public async Task A_failed_attempt_waits_as_a_retry_and_is_due_once_its_backoff_has_passed()
    {
        var failures = 1;
        var delivery = new RecordingDelivery
        {
            Answer = _ => Interlocked.Decrement(ref failures) >= 0 ? new DeliveryOutcome(DeliveryStatus.TransientFailure, "connection refused") : DeliveryOutcome.Delivered,
        };
        await using var server = await RunningServer.StartAsync(folder.Database, folder.Workspace("nudge", Scripts.Nudge), delivery: delivery);
        await server.PutContactAsync("ola", """{"email": "ola@example.com"}""");
        await server.PostEventsAsync("""{"id": "s1", "contact": "ola", "event": "signed_up", "data": {"source": "web"}}""");

        var waiting = await Eventually.Get(() => server.GetAsync("/v1/outbox"), b => b.GetProperty("retrying").GetInt64() == 1, "the failed attempt recorded");
        AssertBacklog(waiting, pending: 1, due: 0, retrying: 1, waitedSeconds: null);

        server.Time.Advance(TimeSpan.FromMinutes(1));
        await Eventually.Get(() => delivery.Received.Count, n => n == 2, "the retry");
        var after = await Eventually.Get(() => server.GetAsync("/v1/outbox"), b => b.GetProperty("pending").GetInt64() == 0, "the retry recorded");
        AssertBacklog(after, pending: 0, due: 0, retrying: 0, waitedSeconds: null);
    }

    private static void AssertBacklog(JsonElement backlog, long pending, long due, long retrying, double? waitedSeconds)
    {
        Assert.Equal(pending, backlog.GetProperty("pending").GetInt64());
        Assert.Equal(due, backlog.GetProperty("due").GetInt64());
        Assert.Equal(retrying, backlog.GetProperty("retrying").GetInt64());
        var waited = backlog.GetProperty("oldestDueSeconds");
        if (waitedSeconds is { } seconds)
        {
            Assert.Equal(seconds, waited.GetDouble());
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, waited.ValueKind);
            Assert.Equal(JsonValueKind.Null, backlog.GetProperty("oldestDueAt").ValueKind);
        }
    }
}
