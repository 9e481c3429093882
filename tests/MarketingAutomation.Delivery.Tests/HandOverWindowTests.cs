using MarketingAutomation.Delivery.Email;
using MarketingAutomation.Delivery.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace MarketingAutomation.Delivery.Tests;

/// <summary>
/// The hand-over window: one ticket inside at a time (or as many as it is wide), entering twice is entering once, and an
/// email enters as its data starts, so its data cannot be complete at the server before it is in.
/// </summary>
public sealed class HandOverWindowTests
{
    [Fact]
    public void One_ticket_is_inside_at_a_time_and_entering_again_does_not_wait()
    {
        var window = new HandOverWindow();
        using var first = window.Open();
        using var second = window.Open();

        first.Enter(CancellationToken.None);
        first.Enter(CancellationToken.None);
        using (var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(100)))
        {
            Assert.ThrowsAny<OperationCanceledException>(() => second.Enter(soon.Token));
        }

        Assert.False(second.Entered);
        first.Dispose();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        second.Enter(patience.Token);
        Assert.True(second.Entered);
    }

    [Fact]
    public void A_wider_window_takes_that_many_tickets_and_the_next_waits_for_one_to_leave()
    {
        var window = new HandOverWindow(width: 2);
        using var first = window.Open();
        using var second = window.Open();
        using var third = window.Open();

        first.Enter(CancellationToken.None);
        second.Enter(CancellationToken.None);
        using (var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(100)))
        {
            Assert.ThrowsAny<OperationCanceledException>(() => third.Enter(soon.Token));
        }

        Assert.False(third.Entered);
        second.Dispose();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        third.Enter(patience.Token);
        Assert.True(third.Entered);
    }

    [Fact]
    public void A_window_is_at_least_one_wide()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HandOverWindow(width: 0));
    }

    [Fact]
    public async Task A_cancelled_wait_for_the_hand_over_window_leaves_it_to_the_next_waiter()
    {
        var window = new HandOverWindow();
        var inside = window.Open();
        inside.Enter(CancellationToken.None);
        using var cancelled = window.Open();
        using var patient = window.Open();
        using var giveUp = new CancellationTokenSource();
        var cancelledWait = Task.Run(() => cancelled.Enter(giveUp.Token));
        var patientWait = Task.Run(() => patient.Enter(CancellationToken.None));

        giveUp.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelledWait);
        inside.Dispose();

        await patientWait.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(patient.Entered);
        Assert.False(cancelled.Entered);
    }

    [Fact]
    public void Waiters_cancelled_as_the_window_frees_leave_it_to_the_others()
    {
        // A leaving ticket wakes one waiter, and cancelling wakes them all; whichever comes first,
        // every waiter that was not cancelled gets in, one after the other.
        for (var round = 0; round < 20; round++)
        {
            var window = new HandOverWindow();
            var inside = window.Open();
            inside.Enter(CancellationToken.None);
            using var giveUp = new CancellationTokenSource();
            var entered = 0;
            var waiters = Enumerable.Range(0, 6).Select(i => new Thread(() =>
            {
                using var ticket = window.Open();
                try
                {
                    ticket.Enter(i % 2 == 0 ? giveUp.Token : CancellationToken.None);
                    Interlocked.Increment(ref entered);
                }
                catch (OperationCanceledException)
                {
                }
            })
            { IsBackground = true }).ToList();
            waiters.ForEach(t => t.Start());

            Thread.Sleep(5);
            var leave = new Thread(inside.Dispose);
            leave.Start();
            giveUp.Cancel();
            leave.Join();

            Assert.All(waiters, t => Assert.True(t.Join(TimeSpan.FromSeconds(10)), "a waiter was kept out"));
            Assert.InRange(entered, 3, 6);
        }
    }

    [Fact]
    public void The_ticket_without_a_window_never_waits()
    {
        HandOverTicket.None.Enter(CancellationToken.None);
        HandOverTicket.None.Enter(new CancellationToken(canceled: true));
    }

    [Fact]
    public async Task An_email_waits_for_the_window_after_its_envelope_and_before_the_end_of_its_data()
    {
        using var server = new CountingSmtpServer(hangUpAfterEachMessage: false);
        await using var smtp = new SmtpDelivery(Options.Create(Channels.SmtpOptions(server.Port)), Options.Create(Channels.DeliveryOptions), Shop.Signer, Shop.Source, new FixedTime(Channels.Now));
        var window = new HandOverWindow();
        var inside = window.Open();
        inside.Enter(CancellationToken.None);

        using var ticket = window.Open();
        var delivering = smtp.DeliverAsync(Shop.Email("welcome_1", recipient: "waits@example.com", key: "w:1"), ticket, CancellationToken.None);
        for (var waited = 0; server.DataCommands == 0; waited += 10)
        {
            Assert.True(waited < 10_000, "the client never sent its DATA command");
            await Task.Delay(10);
        }

        // Unguarded, the rest of the data and its end would follow within a millisecond on loopback.
        await Task.Delay(300);
        Assert.Equal(0, server.Messages);
        Assert.False(delivering.IsCompleted);

        inside.Dispose();
        Assert.Equal(DeliveryOutcome.Delivered, await delivering);
        Assert.Equal(1, server.Messages);
        Assert.True(ticket.Entered);
    }
}
