using MarketingAutomation.Delivery.Links;
using MarketingAutomation.Delivery.Templates;
using MarketingAutomation.Language.Liquid;
using MarketingAutomation.Language.Liquid.Rendering;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Delivery.Rendering;

/// <summary>
/// Renders a template's parts for one outbound message. Only an email body is HTML, so only it is
/// escaped; subjects, preheaders, text parts, SMS and push are plain text and shown as rendered.
/// </summary>
public static class MessageRenderer
{
    public static RenderedMessage Render(MessageTemplate template, OutboundMessage message, MessageLinks links, DateTimeOffset now)
    {
        var zone = ContactZone.Of(message);
        var scope = new MessageScope(message, links, now, zone);
        var problems = new List<string>();

        string? Part(LiquidTemplate? part, string label, bool html)
        {
            if (part is null)
            {
                return null;
            }

            var result = LiquidRenderer.Render(part, scope, new RenderOptions(HtmlEscape: html, TimeZone: zone));
            problems.AddRange(result.Problems.Select(problem => $"{label}: {problem}"));
            return result.Text;
        }

        var isEmail = template.Channel == Channel.Email;
        var subject = Part(template.Subject, "subject", html: false);
        var preheader = Part(template.Preheader, "preheader", html: false);
        var body = Part(template.Body, "body", html: isEmail);
        var text = Part(template.Text, "text", html: false);
        if (body is null)
        {
            problems.Add("the template has no body");
        }

        if (isEmail && text is null && body is not null)
        {
            text = PlainText.FromHtml(body);
        }

        return new RenderedMessage(subject, preheader, body ?? string.Empty, text, problems);
    }

    /// <summary>A sales notice: its text (the message's name) is itself a Liquid template, plain text.</summary>
    public static (string Text, IReadOnlyList<string> Problems) RenderNotice(OutboundMessage message, MessageLinks links, DateTimeOffset now)
    {
        var zone = ContactZone.Of(message);
        var result = LiquidRenderer.Render(LiquidParser.Parse(message.Name), new MessageScope(message, links, now, zone), new RenderOptions(HtmlEscape: false, TimeZone: zone));
        return (result.Text, result.Problems);
    }
}
