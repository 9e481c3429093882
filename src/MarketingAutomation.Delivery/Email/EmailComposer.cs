using System.Buffers;
using System.Net;
using MarketingAutomation.Delivery.Links;
using MarketingAutomation.Delivery.Rendering;
using MimeKit;

namespace MarketingAutomation.Delivery.Email;

/// <summary>
/// Builds the MIME message of a rendered email: text and HTML as multipart/alternative, a
/// Message-ID from the idempotency key, the journey and template as headers, and for marketing
/// mail the RFC 8058 one-click unsubscribe headers that mailbox providers ask bulk senders for.
/// </summary>
public static class EmailComposer
{
    public const string JourneyHeader = "X-Journey";
    public const string TemplateHeader = "X-Template";

    /// <summary>Searched as <see cref="SearchValues"/> for the reason TrackedHtml gives.</summary>
    private static readonly SearchValues<string> HtmlStart = SearchValues.Create(["<html"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> BodyStart = SearchValues.Create(["<body"], StringComparison.OrdinalIgnoreCase);

    public static MimeMessage Compose(OutboundMessage message, RenderedMessage rendered, MessageLinks links, SmtpOptions options, MailboxAddress to)
    {
        var marketing = !message.Transactional;
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        mime.To.Add(to);
        mime.Subject = rendered.Subject ?? string.Empty;
        mime.MessageId = MessageIds.For(message.Key, MessageIdDomain(options));
        mime.Headers.Add(TemplateHeader, message.Name);
        if (message.Journey is { } journey)
        {
            mime.Headers.Add(JourneyHeader, journey);
        }

        if (marketing)
        {
            mime.Headers.Add(HeaderId.ListUnsubscribe, $"<{links.Unsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var text = TrackedText.Apply(rendered.Text ?? string.Empty, links);
        if (marketing)
        {
            text += $"\n\n--\nUnsubscribe: {links.Unsubscribe}\n";
        }

        mime.Body = new BodyBuilder
        {
            TextBody = text,
            HtmlBody = HtmlDocument(TrackedHtml.Apply(rendered.Body, links, marketing), rendered.Preheader),
        }.ToMessageBody();
        return mime;
    }

    private static string MessageIdDomain(SmtpOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.MessageIdDomain))
        {
            return options.MessageIdDomain.Trim();
        }

        var at = options.FromAddress.LastIndexOf('@');
        return at >= 0 && at < options.FromAddress.Length - 1 ? options.FromAddress[(at + 1)..] : "localhost";
    }

    /// <summary>
    /// Template bodies are usually fragments; mail clients render a whole document more
    /// predictably. The preheader goes first, hidden, where inboxes read their preview line.
    /// </summary>
    private static string HtmlDocument(string body, string? preheader)
    {
        var hidden = string.IsNullOrWhiteSpace(preheader)
            ? string.Empty
            : $"<div style=\"display:none;max-height:0;overflow:hidden;mso-hide:all\">{WebUtility.HtmlEncode(preheader)}</div>";
        if (body.AsSpan().ContainsAny(HtmlStart))
        {
            var bodyTag = body.AsSpan().IndexOfAny(BodyStart);
            var bodyOpen = bodyTag < 0 ? -1 : body.IndexOf('>', bodyTag);
            return bodyOpen < 0 ? body : body.Insert(bodyOpen + 1, hidden);
        }

        return $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"></head>\n<body>{hidden}\n{body}\n</body></html>\n";
    }
}
