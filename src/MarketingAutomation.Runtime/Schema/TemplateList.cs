namespace MarketingAutomation.Runtime;

/// <summary>
/// A workspace's templates (<see cref="TemplateInfo"/>) written as one line of text, the way a
/// generated catalog declares them: <c>welcome_1: email, order_confirmation: email transactional,
/// cart_nudge: sms</c>. Data rather than code, for the same reason as <see cref="FieldList"/>:
/// one string costs Roslyn next to nothing, an object creation per template did not.
/// </summary>
public static class TemplateList
{
    private const string TransactionalMarker = " transactional";

    /// <summary>The text <see cref="Parse"/> reads back as the same templates.</summary>
    public static string Describe(IEnumerable<TemplateInfo> templates) =>
        string.Join(", ", templates.Select(t => $"{t.Name}: {t.Channel.ToString().ToLowerInvariant()}{(t.Transactional ? TransactionalMarker : string.Empty)}"));

    /// <summary>Reads what <see cref="Describe"/> wrote, by template name; anything else throws <see cref="FormatException"/>.</summary>
    public static IReadOnlyDictionary<string, TemplateInfo> Parse(string description)
    {
        var templates = new Dictionary<string, TemplateInfo>(StringComparer.Ordinal);
        if (description.Length == 0)
        {
            return templates;
        }

        foreach (var item in description.Split(", "))
        {
            var colon = item.IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"Template list item \"{item}\": expected `name: channel`.");
            }

            var name = item[..colon];
            var rest = item[(colon + 2)..];
            var transactional = rest.EndsWith(TransactionalMarker, StringComparison.Ordinal);
            var channel = transactional ? rest[..^TransactionalMarker.Length] : rest;
            templates.Add(name, new TemplateInfo(name, Channel(channel), transactional));
        }

        return templates;
    }

    private static Channel Channel(string name) => name switch
    {
        "email" => Runtime.Channel.Email,
        "sms" => Runtime.Channel.Sms,
        "push" => Runtime.Channel.Push,
        "webhook" => Runtime.Channel.Webhook,
        _ => throw new FormatException($"'{name}' is not a channel."),
    };
}
