using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MarketingAutomation.Delivery.Links;
using MarketingAutomation.Delivery.Rendering;
using MarketingAutomation.Delivery.Templates;
using MarketingAutomation.Runtime;
using Microsoft.Extensions.Options;

namespace MarketingAutomation.Delivery.Webhooks;

/// <summary>
/// Carries SMS, push and webhook-template messages, `post` payloads and `notify sales` notices as
/// JSON POSTs to the receiver configured for each. The <c>Idempotency-Key</c> header is the item's
/// key, stable across retries, so a receiver can drop a repeat.
/// </summary>
public sealed class WebhookDelivery(
    IHttpClientFactory httpClients,
    IOptions<WebhookOptions> webhookOptions,
    IOptions<DeliveryOptions> deliveryOptions,
    LinkSigner signer,
    ITemplateSource templates,
    TimeProvider time) : IMessageDelivery
{
    /// <summary>The named client the webhooks use, for a host that wants to configure its handler.</summary>
    public const string HttpClientName = "MarketingAutomation.Delivery.Webhooks";

    public const string IdempotencyHeader = "Idempotency-Key";

    public async Task<DeliveryOutcome> DeliverAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var (endpoint, receiver) = Receiver(message, webhookOptions.Value);
        if (endpoint?.Url is not { Length: > 0 } url || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return new DeliveryOutcome(DeliveryStatus.PermanentFailure, $"no webhook configured for {receiver}");
        }

        var payload = Payload(message);
        if (payload.Failure is { } failure)
        {
            return failure;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, uri);
        try
        {
            request.Content = JsonContent.Create(payload.Value, options: WebhookPayload.Json);
            // Serialized now, so a value JSON cannot hold is found here rather than mid-send.
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            return new DeliveryOutcome(DeliveryStatus.PermanentFailure, $"the payload cannot be written as JSON: {e.Message}");
        }

        request.Headers.TryAddWithoutValidation(IdempotencyHeader, message.Key);
        if (!string.IsNullOrEmpty(endpoint.BearerToken))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", endpoint.BearerToken);
        }

        if (!string.IsNullOrEmpty(endpoint.SecretHeader))
        {
            request.Headers.TryAddWithoutValidation(endpoint.SecretHeader, endpoint.SecretValue ?? string.Empty);
        }

        return await PostAsync(request, receiver, TimeSpan.FromSeconds(Math.Max(1, endpoint.TimeoutSeconds)), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DeliveryOutcome> PostAsync(HttpRequestMessage request, string receiver, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            var client = httpClients.CreateClient(HttpClientName);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            return WebhookStatus.Classify(response.StatusCode, $"the {receiver} webhook");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new DeliveryOutcome(DeliveryStatus.TransientFailure, $"the hand-over to the {receiver} webhook was cancelled");
        }
        catch (OperationCanceledException)
        {
            return new DeliveryOutcome(DeliveryStatus.TransientFailure, $"the {receiver} webhook did not answer within {timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            return new DeliveryOutcome(DeliveryStatus.TransientFailure, $"cannot reach the {receiver} webhook: {e.Message}");
        }
    }

    /// <summary>The receiver of an item and its name in messages (`sms`, `sales`, `connection crm`).</summary>
    private static (WebhookEndpoint? Endpoint, string Name) Receiver(OutboundMessage message, WebhookOptions options) => message.Kind switch
    {
        OutboundKind.NotifySales => (options.Sales, "sales notices"),
        OutboundKind.Post => (options.Connections.GetValueOrDefault(message.Name), $"connection {message.Name}"),
        _ => message.Channel switch
        {
            Channel.Sms => (options.Sms, "sms"),
            Channel.Push => (options.Push, "push"),
            Channel.Webhook => (options.Webhook, "webhook templates"),
            _ => (null, message.Channel.ToString().ToLowerInvariant()),
        },
    };

    /// <summary>The body to send; a template message is rendered first, and fails as the email channel does.</summary>
    private (WebhookPayload? Value, DeliveryOutcome? Failure) Payload(OutboundMessage message)
    {
        if (message.Kind == OutboundKind.NotifySales)
        {
            var (notice, problems) = MessageRenderer.RenderNotice(message, new MessageLinks(signer, deliveryOptions.Value.PublicBaseUrl, message), time.GetUtcNow());
            return problems.Count > 0
                ? (null, new DeliveryOutcome(DeliveryStatus.PermanentFailure, $"the sales notice did not render cleanly: {string.Join("; ", problems)}"))
                : (WebhookPayload.For(message, title: null, text: notice), null);
        }

        if (message.Kind != OutboundKind.Message)
        {
            return (WebhookPayload.For(message, title: null, text: null), null);
        }

        if (templates.Current is not { } deployed)
        {
            return (null, new DeliveryOutcome(DeliveryStatus.TransientFailure, "no workspace is deployed"));
        }

        if (!deployed.TryGet(message.Name, out var template) || template.Channel != message.Channel)
        {
            return (null, new DeliveryOutcome(DeliveryStatus.PermanentFailure, $"the deployed workspace has no {message.Channel.ToString().ToLowerInvariant()} template {message.Name}"));
        }

        var links = new MessageLinks(signer, deliveryOptions.Value.PublicBaseUrl, message);
        var rendered = MessageRenderer.Render(template, message, links, time.GetUtcNow());
        if (rendered.Problems.Count > 0)
        {
            return (null, new DeliveryOutcome(DeliveryStatus.PermanentFailure, $"the template {message.Name} did not render cleanly: {string.Join("; ", rendered.Problems)}"));
        }

        return (WebhookPayload.For(message, rendered.Subject, rendered.Body), null);
    }
}
