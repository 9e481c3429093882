using System.Diagnostics.CodeAnalysis;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Liquid;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Workspace;
using RuntimeChannel = MarketingAutomation.Runtime.Channel;

namespace MarketingAutomation.Delivery.Templates;

/// <summary>
/// The templates of one deployment, by name. Built once from the deployed workspace's checked
/// compilation, so each message is rendered from Liquid parsed once per deployment,
/// with the exact texts `ma check` saw, including parts read from template files.
/// </summary>
public sealed class MessageTemplates
{
    private readonly Dictionary<string, MessageTemplate> byName;

    public MessageTemplates(IEnumerable<MessageTemplate> templates)
    {
        byName = templates.ToDictionary(template => template.Name, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<MessageTemplate> All => byName.Values;

    public bool TryGet(string name, [MaybeNullWhen(false)] out MessageTemplate template) =>
        byName.TryGetValue(name, out template);

    /// <summary>The templates declared in a workspace, read from its semantic model.</summary>
    public static MessageTemplates FromCompilation(Compilation compilation) =>
        new(compilation.Model.Symbols.Templates.Where(t => t.IsChannelKnown).Select(FromSymbol));

    private static MessageTemplate FromSymbol(TemplateSymbol symbol)
    {
        // The binder files a one-text template's text under Body, so Inline never appears here.
        LiquidTemplate? Part(TemplatePartKind kind) =>
            symbol.Texts.TryGetValue(kind, out var text) ? LiquidParser.Parse(text) : null;

        return new MessageTemplate(
            symbol.Name,
            ToRuntime(symbol.Channel),
            symbol.IsTransactional,
            Part(TemplatePartKind.Subject),
            Part(TemplatePartKind.Preheader),
            Part(TemplatePartKind.Body),
            Part(TemplatePartKind.Text));
    }

    private static RuntimeChannel ToRuntime(Channel channel) => channel switch
    {
        Channel.Email => RuntimeChannel.Email,
        Channel.Sms => RuntimeChannel.Sms,
        Channel.Push => RuntimeChannel.Push,
        Channel.Webhook => RuntimeChannel.Webhook,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "a channel the language added after this code was written"),
    };
}
