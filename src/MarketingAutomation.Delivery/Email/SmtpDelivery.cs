using MailKit.Net.Smtp;
using MailKit.Security;
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
/// Each hand-over opens its own connection. It costs a handshake per message, but there is no
/// shared connection whose silent loss (an idle timeout on the server) could fail a message, and
/// hand-overs run in parallel without coordination.
/// </remarks>
public sealed class SmtpDelivery(
    IOptions<SmtpOptions> smtpOptions,
    IOptions<DeliveryOptions> deliveryOptions,
    LinkSigner signer,
    ITemplateSource templates,
    TimeProvider time) : IMessageDelivery
{
    public async Task<DeliveryOutcome> DeliverAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var options = smtpOptions.Value;
        var prepared = Prepare(message, options);
        if (prepared.Mime is not { } mime)
        {
            return prepared.Failure ?? new DeliveryOutcome(DeliveryStatus.PermanentFailure, "the email could not be prepared");
        }

        return await SendAsync(mime, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The MIME message, or why there is none. Internal so tests can read what would be sent.</summary>
    internal (MimeMessage? Mime, DeliveryOutcome? Failure) Prepare(OutboundMessage message, SmtpOptions options)
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

        return (EmailComposer.Compose(message, rendered, links, options, to), null);
    }

    private static async Task<DeliveryOutcome> SendAsync(MimeMessage mime, SmtpOptions options, CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromSeconds(Math.Max(1, options.TimeoutSeconds));
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // The client's own timeout covers each read and write; this bounds the whole exchange.
        limit.CancelAfter(timeout * 4);
        using var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(options.Host, options.Port, Security(options.Security), limit.Token).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(options.User))
            {
                await client.AuthenticateAsync(options.User, options.Password ?? string.Empty, limit.Token).ConfigureAwait(false);
            }

            await client.SendAsync(mime, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new DeliveryOutcome(DeliveryStatus.TransientFailure, "the hand-over was cancelled before the SMTP server accepted the message");
        }
        catch (Exception exception)
        {
            return SmtpFailures.Classify(exception);
        }

        try
        {
            await client.DisconnectAsync(quit: true, limit.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or TimeoutException or MailKit.ProtocolException)
        {
            // The server already accepted the message; a failed goodbye changes nothing.
        }

        return DeliveryOutcome.Delivered;
    }

    private static SecureSocketOptions Security(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.Ssl => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };

    private static DeliveryOutcome Permanent(string detail) => new(DeliveryStatus.PermanentFailure, detail);
}
