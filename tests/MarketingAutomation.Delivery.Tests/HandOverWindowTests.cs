using MarketingAutomation.Delivery.Email;
using MarketingAutomation.Delivery.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace MarketingAutomation.Delivery.Tests;

/// <summary>
/// The hand-over window: one ticket inside at a time (or as many as it is wide), entering twice is entering once, and an
/// email enters once its data is written and before the line that ends it, so the server cannot hold it before it is in.
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
    public async Task An_email_waits_for_the_window_after_its_data_and_before_the_line_that_ends_it()
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

    [Fact]
    public async Task An_email_writes_its_data_before_it_waits_for_the_window()
    {
        // A name long enough that the message is many of the client's buffers: waiting at the
        // first of its data, the server would have none of it.
        using var server = new CountingSmtpServer(hangUpAfterEachMessage: false);
        await using var smtp = Channels.Smtp(server.Port);
        var window = new HandOverWindow();
        var inside = window.Open();
        inside.Enter(CancellationToken.None);

        using var ticket = window.Open();
        var longName = string.Join(' ', Enumerable.Repeat("Aleksandra", 8_000));
        var delivering = smtp.DeliverAsync(Shop.Email("welcome_1", recipient: "long@example.com", key: "w:2", firstName: longName), ticket, CancellationToken.None);
        long beforeWindow = -1;
        var unchanged = 0;
        for (var waited = 0; waited < 10_000 && unchanged < 20; waited += 10)
        {
            await Task.Delay(10);
            // Settled (the same for 200 ms): the client has written all it will before the window.
            unchanged = server.DataCommands > 0 && server.DataBytes == beforeWindow ? unchanged + 1 : 0;
            beforeWindow = server.DataBytes;
        }

        Assert.Equal(0, server.Messages);
        inside.Dispose();
        Assert.Equal(DeliveryOutcome.Delivered, await delivering);
        Assert.Equal(1, server.Messages);
        Assert.True(server.DataBytes > 150_000, $"the message was only {server.DataBytes} bytes");
        // All but the client's last buffer (a few kilobytes) was on the wire before the window.
        Assert.InRange(server.DataBytes - beforeWindow, 0, 16 * 1024);
    }

    [Fact]
    public async Task An_email_is_sent_with_DATA_even_to_a_server_that_takes_binary_chunks()
    {
        // BDAT would let the server hold the message at its last byte, which the client may write
        // before the window. A NUL in the contact's data would otherwise make the part binary.
        using var server = new CountingSmtpServer(hangUpAfterEachMessage: false, "CHUNKING", "BINARYMIME");
        await using var smtp = Channels.Smtp(server.Port);

        var outcome = await smtp.DeliverAsync(Shop.Email("welcome_1", recipient: "chunks@example.com", key: "w:3", firstName: "Ala\0Nowak"), new HandOverWindow().Open(), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        Assert.Equal(1, server.Messages);
        Assert.Equal(0, server.BdatCommands);
        Assert.Equal(1, server.DataCommands);
    }
}
