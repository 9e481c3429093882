using MarketingAutomation.Delivery.Email;
using MarketingAutomation.Delivery.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace MarketingAutomation.Delivery.Tests;

/// <summary>How email hand-overs use their SMTP connections: kept between messages, and made again when a kept one was lost.</summary>
/// <remarks>One connection at most, so every message goes over the same kept connection.</remarks>
public sealed class SmtpConnectionTests
{
    private static SmtpDelivery OneConnection(int port)
    {
        var options = Channels.SmtpOptions(port);
        options.MaxConnections = 1;
        return new SmtpDelivery(Options.Create(options), Options.Create(Channels.DeliveryOptions), Shop.Signer, Shop.Source, new FixedTime(Channels.Now));
    }

    [Fact]
    public async Task Messages_one_after_another_share_one_connection()
    {
        using var server = new CountingSmtpServer(hangUpAfterEachMessage: false);
        await using var smtp = OneConnection(server.Port);

        for (var i = 0; i < 3; i++)
        {
            var outcome = await smtp.DeliverAsync(Shop.Email("welcome_1", recipient: $"kept{i}@example.com", key: $"k:{i}"), CancellationToken.None);
            Assert.Equal(DeliveryOutcome.Delivered, outcome);
        }

        Assert.Equal(3, server.Messages);
        Assert.Equal(1, server.Connections);
    }

    [Fact]
    public async Task A_message_whose_kept_connection_was_dropped_goes_out_on_a_new_one()
    {
        using var server = new CountingSmtpServer(hangUpAfterEachMessage: true);
        await using var smtp = OneConnection(server.Port);

        Assert.Equal(DeliveryOutcome.Delivered, await smtp.DeliverAsync(Shop.Email("welcome_1", recipient: "first@example.com", key: "d:1"), CancellationToken.None));
        Assert.Equal(DeliveryOutcome.Delivered, await smtp.DeliverAsync(Shop.Email("welcome_1", recipient: "second@example.com", key: "d:2"), CancellationToken.None));

        Assert.Equal(2, server.Messages);
        Assert.Equal(2, server.Connections);
    }

    [Fact]
    public async Task A_message_handed_over_on_a_hand_over_thread_goes_out_before_the_call_returns()
    {
        using var server = new CountingSmtpServer(hangUpAfterEachMessage: false);
        await using var smtp = OneConnection(server.Port);

        var (done, outcome) = OnAHandOverThread(() =>
        {
            var task = smtp.DeliverAsync(Shop.Email("welcome_1", recipient: "lane@example.com", key: "t:1"), CancellationToken.None);
            return (task.IsCompleted, task.GetAwaiter().GetResult());
        });

        Assert.True(done, "the lane's own thread sends, so the task is complete when the call returns");
        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        Assert.Equal(1, server.Messages);
    }

    [Fact]
    public async Task Hand_over_threads_and_sender_threads_share_the_kept_connections()
    {
        using var server = new CountingSmtpServer(hangUpAfterEachMessage: false);
        await using var smtp = OneConnection(server.Port);

        Assert.Equal(DeliveryOutcome.Delivered, await smtp.DeliverAsync(Shop.Email("welcome_1", recipient: "queued@example.com", key: "s:1"), CancellationToken.None));
        var onLane = OnAHandOverThread(() => smtp.DeliverAsync(Shop.Email("welcome_1", recipient: "lane@example.com", key: "s:2"), CancellationToken.None).GetAwaiter().GetResult());
        Assert.Equal(DeliveryOutcome.Delivered, onLane);
        Assert.Equal(DeliveryOutcome.Delivered, await smtp.DeliverAsync(Shop.Email("welcome_1", recipient: "queued@example.com", key: "s:3"), CancellationToken.None));

        Assert.Equal(3, server.Messages);
        Assert.Equal(1, server.Connections);
    }

    /// <summary>Runs <paramref name="work"/> on a thread of its own marked as a hand-over thread, as the server's lanes are.</summary>
    private static T OnAHandOverThread<T>(Func<T> work)
    {
        T result = default!;
        var lane = new Thread(() =>
        {
            HandOverThread.MarkCurrent();
            result = work();
        });
        lane.Start();
        lane.Join();
        return result;
    }
}
