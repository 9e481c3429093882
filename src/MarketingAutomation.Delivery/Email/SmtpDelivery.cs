using MarketingAutomation.Delivery.Links;
using MarketingAutomation.Delivery.Rendering;
using MarketingAutomation.Delivery.Templates;
using MarketingAutomation.Runtime;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MarketingAutomation.Delivery.Email;

/// <summary>
/// Sends template emails over SMTP: finds the template in the deployment in force, renders it for
/// the contact, composes the MIME message and hands it to the configured SMTP server.
/// </summary>
/// <remarks>
/// Messages go over a few kept connections (<see cref="SmtpConnectionPool"/>,
/// <see cref="SmtpOptions.MaxConnections"/> of them) rather than a handshake each, sent on the
/// caller's thread when it is a <see cref="HandOverThread"/> and otherwise on a sender thread of
/// the pool's; a connection that fails is closed and its next message makes a new one.
/// </remarks>
public sealed class SmtpDelivery(
    IOptions<SmtpOptions> smtpOptions,
    IOptions<DeliveryOptions> deliveryOptions,
    LinkSigner signer,
    ITemplateSource templates,
    TimeProvider time) : IMessageDelivery, IDisposable, IAsyncDisposable
{
    /// <summary>The connections and their sender threads, made on first use (the options are fixed for the life of the host).</summary>
    private readonly Lazy<SmtpConnectionPool> pool = new(() => new SmtpConnectionPool(smtpOptions.Value));

    public Task<DeliveryOutcome> DeliverAsync(OutboundMessage message, CancellationToken cancellationToken) =>
        DeliverAsync(message, HandOverTicket.None, cancellationToken);

    /// <summary>Enters <paramref name="ticket"/>'s window once the message data is written, before the line that ends it (see <see cref="HandOverWindow"/>).</summary>
    public async Task<DeliveryOutcome> DeliverAsync(OutboundMessage message, HandOverTicket ticket, CancellationToken cancellationToken)
    {
        var options = smtpOptions.Value;
        var prepared = Prepare(message, options);
        if (prepared.Mime is not { } mime)
        {
            return prepared.Failure ?? new DeliveryOutcome(DeliveryStatus.PermanentFailure, "the email could not be prepared");
        }

        // Disposed once sent: MimeKit's messages have finalizers, so an email left to the collector
        // survives its first collection with all it holds (its bytes, tens of KB), and the
        // collector then spends its time copying mail into its older generation.
        using (mime)
        {
            return await SendAsync(mime, options, ticket, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The MIME message, or why there is none. Internal so tests can read what would be sent.</summary>
    internal (WireEmail? Mime, DeliveryOutcome? Failure) Prepare(OutboundMessage message, SmtpOptions options)
    {
        if (message.Kind != OutboundKind.Message || message.Channel != Channel.Email)
        {
            return (null, Permanent($"the email channel cannot carry a {message.Kind} on {message.Channel}"));
        }

        if (templates.Current is not { } deployed)
        {
            // The deployment may simply not be loaded yet; the message must not be lost for that.
            return (null, new DeliveryOutcome(DeliveryStatus.TransientFailure, "no workspace is deployed"));
        }

        if (!deployed.TryGet(message.Name, out var template) || template.Channel != Channel.Email)
        {
            return (null, Permanent($"the deployed workspace has no email template {message.Name}"));
        }

        if (string.IsNullOrWhiteSpace(message.Recipient) || !MailboxAddress.TryParse(message.Recipient, out var to) || !to.Address.Contains('@', StringComparison.Ordinal))
        {
            return (null, Permanent($"'{message.Recipient}' is not an email address"));
        }

        var links = new MessageLinks(signer, deliveryOptions.Value.PublicBaseUrl, message);
        var rendered = MessageRenderer.Render(template, message, links, time.GetUtcNow());
        if (rendered.Problems.Count > 0)
        {
            return (null, Permanent($"the template {message.Name} did not render cleanly: {string.Join("; ", rendered.Problems)}"));
        }

        return (EmailComposer.Compose(message, rendered, links, options, to, time.GetUtcNow()), null);
    }

    private async Task<DeliveryOutcome> SendAsync(WireEmail mime, SmtpOptions options, HandOverTicket ticket, CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromSeconds(Math.Max(1, options.TimeoutSeconds));
        try
        {
            // The client's own timeout covers each read and write; four of them bound the whole exchange.
            await pool.Value.SendAsync(mime, timeout * 4, ticket, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new DeliveryOutcome(DeliveryStatus.TransientFailure, "the hand-over was cancelled before the SMTP server accepted the message");
        }
        catch (Exception exception)
        {
            return SmtpFailures.Classify(exception);
        }

        return DeliveryOutcome.Delivered;
    }

    public void Dispose()
    {
        if (pool.IsValueCreated)
        {
            pool.Value.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (pool.IsValueCreated)
        {
            await pool.Value.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static DeliveryOutcome Permanent(string detail) => new(DeliveryStatus.PermanentFailure, detail);
}
