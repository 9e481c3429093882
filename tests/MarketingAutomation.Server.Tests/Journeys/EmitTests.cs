using MarketingAutomation.Server.Tests.Infrastructure;

namespace MarketingAutomation.Server.Tests.Journeys;

/// <summary>`emit ... to`: the event travels through the outbox to the recipient's grain, found by email, and starts its journey there.</summary>
public sealed class EmitTests : IAsyncLifetime
{
    private readonly TestFolder folder = new();
    private RunningServer server = null!;

    public async Task InitializeAsync() => server = await RunningServer.StartAsync(folder.Database, RunningServer.Shop);

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_friends_first_order_rewards_the_referrer_through_an_emitted_event()
    {
        await server.PutContactAsync("ala", """{"email": "ala@example.com", "first_name": "Ala", "country": "PL"}""");
        await server.PutContactAsync("dana", """{"email": "dana@example.com", "first_name": "Dana", "country": "PL"}""");
        await server.PostEventsAsync("""
            [{"id": "r1", "contact": "dana", "event": "referral_joined", "data": {"referrer": "ala@example.com"}},
             {"id": "o1", "contact": "dana", "event": "order_placed", "data": {"order_id": "KC-1", "total": 58, "sku": "B-1", "category": "beans", "items": 1}}]
            """);

        var thanks = await Eventually.Get(() => server.Delivery.Received.FirstOrDefault(m => m.Name == "referral_thanks"), _ => true, "the referrer's thank-you");
        Assert.Equal("ala", thanks.ContactId);
        Assert.Equal("Dana", thanks.Arguments.Single(a => a.Name == "friend_name").Value);
        await Eventually.Get(() => server.Delivery.Received.Count(m => m.ContactId == "ala" && m.Kind == Delivery.OutboundKind.Post), n => n == 2, "the two posts");
        Assert.Equal("advocate", (await server.GetAsync("/v1/contacts/ala")).GetProperty("stage").GetString());
        Assert.Contains(await server.TimelineAsync("dana"), l => l.Contains("delivered event referral_rewarded for ala@example.com"));
    }
}
