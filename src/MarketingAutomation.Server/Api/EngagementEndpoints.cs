using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MarketingAutomation.Delivery;
using MarketingAutomation.Delivery.Links;
using MarketingAutomation.Delivery.Rendering;
using MarketingAutomation.Server.Deployments;
using MarketingAutomation.Server.Grains;
using MarketingAutomation.Server.Ingest;
using MarketingAutomation.Server.Outbox;
using MarketingAutomation.Server.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace MarketingAutomation.Server.Api;

/// <summary>
/// What a recipient's mail client and clicks reach: the open pixel (`/o`), tracked links (`/c`),
/// the unsubscribe page and its one-click POST (`/u`, RFC 8058) and the browser view (`/v`). Each
/// link carries a signed token (<see cref="LinkSigner"/>), so nobody can forge an open, redirect a
/// click elsewhere or unsubscribe someone else. Each becomes a built-in event for the contact, with
/// an id made from the message, so a repeat (a pixel loaded twice, a double click) counts once.
/// No API key: the links are the credentials.
/// </summary>
internal static class EngagementEndpoints
{
    // A transparent 1x1 GIF.
    private static readonly byte[] Pixel = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    public static void Map(WebApplication app)
    {
        var links = app.MapGroup("").ExcludeFromDescription();
        links.MapGet("/o/{token}", OpenAsync);
        links.MapGet("/c/{token}", ClickAsync);
        links.MapGet("/u/{token}", UnsubscribePage);
        links.MapPost("/u/{token}", UnsubscribeAsync);
        links.MapGet("/v/{token}", ViewAsync);
    }

    private static async Task<IResult> OpenAsync(string token, LinkSigner signer, IngestService ingest, JourneyClock clock)
    {
        if (!signer.TryRead(token, LinkKind.Open, out var link, out var reason))
        {
            return Problems.NotFound($"Not a valid open-tracking link: {reason}.");
        }

        await RecordAsync(ingest, link.ContactId, "open:" + link.MessageKey, "email.opened", new { template = link.Template }, clock);
        return Results.Bytes(Pixel, "image/gif");
    }

    private static async Task<IResult> ClickAsync(string token, LinkSigner signer, IngestService ingest, JourneyClock clock)
    {
        if (!signer.TryRead(token, LinkKind.Click, out var link, out var reason) || link.Target is not { } target
            || !Uri.TryCreate(target, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            // Never a redirect to somewhere the token does not name: no open redirect.
            return Problems.NotFound($"Not a valid tracked link: {reason ?? "it leads nowhere a link may lead"}.");
        }

        var linkId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(target)))[..16];
        await RecordAsync(ingest, link.ContactId, $"click:{link.MessageKey}:{linkId}", "email.clicked", new { template = link.Template, url = target }, clock);
        return Results.Redirect(target);
    }

    /// <summary>
    /// The page behind the unsubscribe link. A GET changes nothing (mail scanners follow links);
    /// the button on the page, like a mail client's one-click unsubscribe, POSTs.
    /// </summary>
    private static IResult UnsubscribePage(string token, LinkSigner signer)
    {
        if (!signer.TryRead(token, LinkKind.Unsubscribe, out _, out var reason))
        {
            return Problems.NotFound($"Not a valid unsubscribe link: {reason}.");
        }

        return Results.Content(
            Page("Unsubscribe", $"""
                <p>Stop receiving marketing email from us?</p>
                <form method="post" action="/u/{WebUtility.HtmlEncode(token)}"><button type="submit" name="List-Unsubscribe" value="One-Click">Unsubscribe</button></form>
                """),
            "text/html; charset=utf-8");
    }

    private static async Task<IResult> UnsubscribeAsync(string token, LinkSigner signer, IngestService ingest, JourneyClock clock)
    {
        if (!signer.TryRead(token, LinkKind.Unsubscribe, out var link, out var reason))
        {
            return Problems.NotFound($"Not a valid unsubscribe link: {reason}.");
        }

        // `unsubscribed` is built in, so the contact's grain refuses it only if the deployment no
        // longer has the contact's schema; say so rather than pretend it worked.
        var status = await RecordAsync(ingest, link.ContactId, "unsubscribe:" + link.MessageKey, "unsubscribed", new { channel = "email" }, clock);
        return status == EventStatus.Rejected
            ? Problems.Of(StatusCodes.Status422UnprocessableEntity, "Not recorded", "The unsubscribe could not be recorded for this contact; please contact us.")
            : Results.Content(Page("Unsubscribed", "<p>You will get no more marketing email from us.</p>"), "text/html; charset=utf-8");
    }

    /// <summary>The email as sent, for a reader whose mail client shows it badly: rendered again from its outbox item.</summary>
    private static async Task<IResult> ViewAsync(string token, LinkSigner signer, IJourneyStore store, DeploymentRegistry registry, IOptions<DeliveryOptions> delivery, JourneyClock clock, CancellationToken cancellationToken)
    {
        if (!signer.TryRead(token, LinkKind.View, out var link, out var reason))
        {
            return Problems.NotFound($"Not a valid view link: {reason}.");
        }

        if (await store.OutboxItemAsync(link.MessageKey, cancellationToken) is not { } row || registry.Current is not { } current)
        {
            return Problems.NotFound("That message is no longer available.");
        }

        var deployment = registry.Get(row.Deployment);
        var message = OutboundMessages.From(row, deployment);
        if (!current.Templates.TryGet(message.Name, out var template))
        {
            return Problems.NotFound("That message's template is no longer deployed.");
        }

        var rendered = MessageRenderer.Render(template, message, new MessageLinks(signer, delivery.Value.PublicBaseUrl, message), clock.Now);
        return Results.Content(rendered.Body, "text/html; charset=utf-8");
    }

    private static async Task<EventStatus> RecordAsync(IngestService ingest, string contact, string eventId, string name, object data, JourneyClock clock)
    {
        var incoming = new IncomingEvent { Id = eventId, Name = name, At = clock.Now, DataJson = JsonSerializer.Serialize(data) };
        var results = await ingest.IngestAsync([new ContactEvent(contact, incoming)]);
        return results[0].Status;
    }

    private static string Page(string title, string body) => $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{title}</title></head>
        <body style="font-family: sans-serif; max-width: 32rem; margin: 4rem auto">
        <h1>{title}</h1>
        {body}
        </body></html>
        """;
}
