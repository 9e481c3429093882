using System.Text.Json;
using MarketingAutomation.Delivery.Email;
using MarketingAutomation.Server.Grains;
using MarketingAutomation.Server.Ingest;
using MarketingAutomation.Server.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingAutomation.Server.Api;

/// <summary>
/// `POST /v1/webhooks/bounce`: a mail provider (or a bounce-mailbox reader) reports that a message
/// bounced, naming it by its Message-ID: `{"messageId": "<c42=3A7@example.com>", "reason": "hard"}`.
/// It becomes the contact's `email.bounced` event (template and reason), once per message.
/// </summary>
internal static class BounceEndpoints
{
    private const int MaxReasonLength = 200;

    public static void Map(RouteGroupBuilder api, ApiKeys keys) =>
        api.MapPost("/webhooks/bounce", PostAsync).AddEndpointFilter(new ApiKeyFilter(keys, ApiScope.Ingest))
            .WithSummary("Report a bounced email by its Message-ID");

    private static async Task<IResult> PostAsync(HttpRequest request, IJourneyStore store, IngestService ingest, JourneyClock clock, ServerOptions options, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(request, options.MaxBodyBytes);
        if (document is null)
        {
            return problem ?? Problems.BadRequest("The body could not be read.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("messageId", out var messageId) || messageId.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("reason", out var reason) || reason.ValueKind != JsonValueKind.String)
            {
                return Problems.BadRequest("Expected {\"messageId\": \"<...>\", \"reason\": \"hard\"}: the bounced message's Message-ID and why it bounced (\"hard\", \"soft\" or the provider's words).");
            }

            var why = reason.GetString()!;
            if (why.Length == 0 || why.Length > MaxReasonLength)
            {
                return Problems.BadRequest($"reason: between 1 and {MaxReasonLength} characters.");
            }

            if (!MessageIds.TryKeyOf(messageId.GetString()!, out var key) || await store.OutboxItemAsync(key, cancellationToken) is not { } row
                || !string.Equals(row.Channel, nameof(Runtime.Channel.Email), StringComparison.OrdinalIgnoreCase))
            {
                return Problems.NotFound("No email of this server has that Message-ID.");
            }

            var incoming = new IncomingEvent
            {
                Id = "bounce:" + row.Key,
                Name = "email.bounced",
                At = clock.Now,
                DataJson = JsonSerializer.Serialize(new { template = row.Name, reason = why }),
            };
            var result = (await ingest.IngestAsync([new ContactEvent(row.ContactId, incoming)]))[0];
            return result.Status == EventStatus.Rejected
                ? Problems.BadRequest(result.Problem ?? "The bounce could not be applied.")
                : Results.Ok(new { contact = row.ContactId, template = row.Name, status = result.Status.ToString().ToLowerInvariant() });
        }
    }
}
