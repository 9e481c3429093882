using MarketingAutomation.Testing;
using MarketingAutomation.Delivery.Tests.Infrastructure;
using MimeKit;

namespace MarketingAutomation.Delivery.Tests;

/// <summary>Email handed to a real SMTP server on loopback, read back from what it received.</summary>
public sealed class SmtpDeliveryTests(SmtpSink sink) : IClassFixture<SmtpSink>
{
    [Fact]
    public async Task The_welcome_email_arrives_with_both_parts_escaped_data_and_unsubscribe_headers()
    {
        var message = Shop.Email("welcome_1", recipient: "zoe@example.com", key: "c7:1", firstName: "Zoë <3 & co");

        var outcome = await Channels.Smtp(sink.Port).DeliverAsync(message, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        var mail = sink.ReceivedFor("zoe@example.com");
        Assert.Equal("Welcome to Kawa & Co., Zoë <3 & co!", mail.Subject);
        Assert.Equal("c7=3A1@shop.example.com", mail.MessageId);
        Assert.Equal("welcome_series", mail.Headers["X-Journey"]);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.StartsWith($"<{Shop.PublicBaseUrl}/u/", mail.Headers[HeaderId.ListUnsubscribe], StringComparison.Ordinal);

        Assert.Contains("<h1>Welcome, Zoë &lt;3 &amp; co!</h1>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"{Shop.PublicBaseUrl}/c/", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"<img src=\"{Shop.PublicBaseUrl}/o/", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"https://shop.example.com", mail.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("Hi Zoë <3 & co, welcome to Kawa & Co.!", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Unsubscribe: " + Shop.PublicBaseUrl + "/u/", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_of_the_same_item_carries_the_same_message_id()
    {
        var smtp = Channels.Smtp(sink.Port);
        var message = Shop.Email("welcome_1", recipient: "twice@example.com", key: "c9:3");

        Assert.Equal(DeliveryStatus.Delivered, (await smtp.DeliverAsync(message, CancellationToken.None)).Status);
        Assert.Equal(DeliveryStatus.Delivered, (await smtp.DeliverAsync(message, CancellationToken.None)).Status);

        var ids = await WaitForAsync(() => sink.Received().Where(m => m.To.Mailboxes.Any(b => b.Address == "twice@example.com")).Select(m => m.MessageId).ToList(), 2);
        Assert.Equal(["c9=3A3@shop.example.com", "c9=3A3@shop.example.com"], ids);
    }

    [Fact]
    public async Task A_refused_recipient_is_a_permanent_failure()
    {
        var outcome = await Channels.Smtp(sink.Port).DeliverAsync(Shop.Email("welcome_1", recipient: "refused@example.com"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.PermanentFailure, outcome.Status);
        Assert.Contains("550", outcome.Detail, StringComparison.Ordinal);
        Assert.Contains("refused@example.com", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_temporary_refusal_is_a_transient_failure()
    {
        var outcome = await Channels.Smtp(sink.Port).DeliverAsync(Shop.Email("welcome_1", recipient: "later@example.com"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.TransientFailure, outcome.Status);
        Assert.Contains("451", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stopped_smtp_server_is_a_transient_failure()
    {
        int port;
        using (var stopped = new SmtpSink())
        {
            port = stopped.Port;
            Assert.Equal(DeliveryStatus.Delivered, (await Channels.Smtp(port).DeliverAsync(Shop.Email("welcome_1", key: "s:1"), CancellationToken.None)).Status);
            stopped.Stop();
        }

        var outcome = await Channels.Smtp(port).DeliverAsync(Shop.Email("welcome_1", key: "s:2"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.TransientFailure, outcome.Status);
        Assert.Contains("cannot reach the SMTP server", outcome.Detail, StringComparison.Ordinal);
    }

    private static async Task<List<T>> WaitForAsync<T>(Func<List<T>> read, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var items = read();
        while (items.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            items = read();
        }

        return items;
    }
}
