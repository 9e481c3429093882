using System.Buffers;
using System.Net;
using MarketingAutomation.Delivery.Links;
using MarketingAutomation.Delivery.Rendering;
using MimeKit;

namespace MarketingAutomation.Delivery.Email;

/// <summary>
/// Writes the MIME message of a rendered email: text and HTML as multipart/alternative, a
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

    /// <summary>The email as it goes on the wire (see <see cref="MimeWriter"/>), sent at <paramref name="now"/>.</summary>
    internal static WireEmail Compose(OutboundMessage message, RenderedMessage rendered, MessageLinks links, SmtpOptions options, MailboxAddress to, DateTimeOffset now)
    {
        var marketing = !message.Transactional;
        var from = new MailboxAddress(options.FromName, options.FromAddress);
        var writer = new MimeWriter();
        // First, as WireEmail needs: a header MimeKit does not read.
        writer.TextHeader(TemplateHeader, message.Name);
        writer.AddressHeader("From", from);
        writer.DateHeader(now);
        writer.TextHeader("Subject", rendered.Subject ?? string.Empty);
        writer.TokenHeader("Message-ID", $"<{MessageIds.For(message.Key, MessageIdDomain(options))}>");
        writer.AddressHeader("To", to);
        if (message.Journey is { } journey)
        {
            writer.TextHeader(JourneyHeader, journey);
        }

        if (marketing)
        {
            writer.TokenHeader("List-Unsubscribe", $"<{links.Unsubscribe}>");
            writer.Line("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
        }

        var text = TrackedText.Apply(rendered.Text ?? string.Empty, links);
        if (marketing)
        {
            text += $"\n\n--\nUnsubscribe: {links.Unsubscribe}\n";
        }

        // Quoted-printable never writes "=_" (an '=' is always followed by two hex digits or a
        // line break), so the parts cannot contain a boundary that starts with it.
        var boundary = $"=_{Guid.NewGuid():N}";
        writer.Line("MIME-Version: 1.0");
        writer.Line($"Content-Type: multipart/alternative; boundary=\"{boundary}\"");
        writer.Line(string.Empty);
        Part(writer, boundary, "text/plain", text);
        Part(writer, boundary, "text/html", HtmlDocument(TrackedHtml.Apply(rendered.Body, links, marketing), rendered.Preheader));
        writer.Line($"--{boundary}--");
        return new WireEmail(writer.ToArray(), from, to);
    }

    private static void Part(MimeWriter writer, string boundary, string type, string content)
    {
        writer.Line($"--{boundary}");
        writer.Line($"Content-Type: {type}; charset=utf-8");
        writer.Line("Content-Transfer-Encoding: quoted-printable");
        writer.Line(string.Empty);
        writer.QuotedPrintable(content);
    }

    private static string MessageIdDomain(SmtpOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.MessageIdDomain))
        {
            return MimeWriter.AsciiDomain(options.MessageIdDomain.Trim());
        }

        var at = options.FromAddress.LastIndexOf('@');
        return at >= 0 && at < options.FromAddress.Length - 1 ? MimeWriter.AsciiDomain(options.FromAddress[(at + 1)..]) : "localhost";
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
