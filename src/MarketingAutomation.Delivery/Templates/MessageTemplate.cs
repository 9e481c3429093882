using MarketingAutomation.Language.Liquid;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Delivery.Templates;

/// <summary>
/// One deployed template, parsed once: the parts a message is rendered from. An email has a
/// subject and an HTML body, and may have a preheader and a text body; an SMS or a webhook
/// message has only a body; a push message has a body and may have a title (its subject).
/// </summary>
public sealed record MessageTemplate(
    string Name,
    Channel Channel,
    bool Transactional,
    LiquidTemplate? Subject,
    LiquidTemplate? Preheader,
    LiquidTemplate? Body,
    LiquidTemplate? Text);
