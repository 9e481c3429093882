using System.Globalization;
using MarketingAutomation.Delivery.Email;
using MarketingAutomation.Delivery.Links;
using MarketingAutomation.Delivery.Webhooks;
using Microsoft.Extensions.Configuration;
using MimeKit;

namespace MarketingAutomation.Delivery;

/// <summary>
/// Reads the <c>Delivery</c> section the way the channels will, before a host starts, and says
/// what is wrong with it, naming each setting. Binding alone would take a misspelt key as absent
/// and a bad value as an error only once the first message goes out (or as an exception from deep
/// inside the host's start), so a server would start and then fail every hand-over.
/// </summary>
public static class DeliverySettingsCheck
{
    private static readonly string[] DeliveryKeys = ["PublicBaseUrl", "LinkSecret", "Smtp", "Webhooks"];

    private static readonly string[] SmtpKeys =
        ["Host", "Port", "Security", "User", "Password", "FromAddress", "FromName", "MessageIdDomain", "TimeoutSeconds", "MaxConnections"];

    /// <summary>The receivers named in <see cref="WebhookOptions"/>; connections are a section of their own beside them.</summary>
    private static readonly string[] WebhookReceivers =
        [nameof(WebhookOptions.Sms), nameof(WebhookOptions.Push), nameof(WebhookOptions.Webhook), nameof(WebhookOptions.Sales)];

    private static readonly string[] WebhookKeys = [.. WebhookReceivers, nameof(WebhookOptions.Connections)];

    private static readonly string[] EndpointKeys = ["Url", "BearerToken", "SecretHeader", "SecretValue", "TimeoutSeconds"];

    /// <summary>Every problem found, one sentence each naming its setting; empty when the section is usable (or absent).</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();
        var delivery = configuration.GetSection(DeliveryOptions.SectionName);
        problems.AddRange(SettingKeys.Unknown(delivery, DeliveryOptions.SectionName, DeliveryKeys));
        if (delivery[nameof(DeliveryOptions.PublicBaseUrl)] is { } baseUrl && !IsWebAddress(baseUrl))
        {
            problems.Add($"Delivery:PublicBaseUrl must be an absolute http or https address such as \"https://mail.example.com\", not \"{baseUrl}\".");
        }

        if (delivery[nameof(DeliveryOptions.LinkSecret)] is { } secret && secret.Length < LinkSigner.MinimumSecretLength)
        {
            problems.Add($"Delivery:LinkSecret must be at least {LinkSigner.MinimumSecretLength} characters long (it has {secret.Length}); leave it out to have one generated and kept beside the database.");
        }

        CheckSmtp(configuration.GetSection(SmtpOptions.SectionName), problems);
        CheckWebhooks(configuration.GetSection(WebhookOptions.SectionName), problems);
        return problems;
    }

    private static void CheckSmtp(IConfigurationSection smtp, List<string> problems)
    {
        const string name = SmtpOptions.SectionName;
        if (!Section(smtp, name, SmtpKeys, problems))
        {
            return;
        }

        if (smtp[nameof(SmtpOptions.Host)] is { } host && string.IsNullOrWhiteSpace(host))
        {
            problems.Add($"{name}:Host must name the SMTP server, such as \"smtp.example.com\"; it is empty.");
        }

        Number(smtp, name, nameof(SmtpOptions.Port), 1, 65535, problems);
        // By name only: the binder would also take a number or a comma-separated list of names.
        if (smtp[nameof(SmtpOptions.Security)] is { } security && !Enum.GetNames<SmtpSecurity>().Contains(security.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"{name}:Security must be None, StartTls or Ssl, not \"{security}\".");
        }

        if (smtp[nameof(SmtpOptions.FromAddress)] is { } from && !(MailboxAddress.TryParse(from, out var mailbox) && mailbox.Address.Contains('@', StringComparison.Ordinal)))
        {
            problems.Add($"{name}:FromAddress must be an email address such as \"hello@shop.example.com\", not \"{from}\".");
        }

        if (smtp[nameof(SmtpOptions.MessageIdDomain)] is { } domain && (domain.Length == 0 || domain.Any(c => char.IsWhiteSpace(c) || c is '@' or '<' or '>')))
        {
            problems.Add($"{name}:MessageIdDomain must be a domain such as \"shop.example.com\", not \"{domain}\".");
        }

        Number(smtp, name, nameof(SmtpOptions.TimeoutSeconds), 1, 3600, problems);
        Number(smtp, name, nameof(SmtpOptions.MaxConnections), 1, 1024, problems);
    }

    private static void CheckWebhooks(IConfigurationSection webhooks, List<string> problems)
    {
        const string name = WebhookOptions.SectionName;
        if (!Section(webhooks, name, WebhookKeys, problems))
        {
            return;
        }

        foreach (var receiver in WebhookReceivers)
        {
            CheckEndpoint(webhooks.GetSection(receiver), $"{name}:{receiver}", problems);
        }

        var connections = webhooks.GetSection(nameof(WebhookOptions.Connections));
        if (connections.Value is not null)
        {
            problems.Add($"{name}:Connections must hold a receiver per connection, such as {name}:Connections:shop_api:Url, not a value.");
        }

        foreach (var connection in connections.GetChildren())
        {
            CheckEndpoint(connection, $"{name}:Connections:{connection.Key}", problems);
        }
    }

    private static void CheckEndpoint(IConfigurationSection endpoint, string name, List<string> problems)
    {
        if (!Section(endpoint, name, EndpointKeys, problems))
        {
            return;
        }

        var url = endpoint[nameof(WebhookEndpoint.Url)];
        if (url is null)
        {
            problems.Add($"{name}:Url is missing: the address to POST to, such as \"https://hooks.example.com/journeys\".");
        }
        else if (!IsWebAddress(url))
        {
            problems.Add($"{name}:Url must be an absolute http or https address, not \"{url}\".");
        }

        if ((endpoint[nameof(WebhookEndpoint.SecretHeader)] is null) != (endpoint[nameof(WebhookEndpoint.SecretValue)] is null))
        {
            problems.Add($"{name}:SecretHeader and SecretValue go together: set both (the header's name and the secret it carries) or neither.");
        }

        Number(endpoint, name, nameof(WebhookEndpoint.TimeoutSeconds), 1, 3600, problems);
    }

    /// <summary>True when the section is given with settings to check: reports a plain value where settings belong, and keys it does not know.</summary>
    private static bool Section(IConfigurationSection section, string name, string[] keys, List<string> problems)
    {
        if (!section.Exists())
        {
            return false;
        }

        if (section.Value is not null)
        {
            problems.Add($"{name} must hold settings ({string.Join(", ", keys)}), not a value.");
            return false;
        }

        problems.AddRange(SettingKeys.Unknown(section, name, keys));
        return true;
    }

    private static void Number(IConfigurationSection section, string name, string key, int least, int most, List<string> problems)
    {
        if (section[key] is { } text && !(int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= least && value <= most))
        {
            problems.Add($"{name}:{key} must be a whole number from {least} to {most}, not \"{text}\".");
        }
    }

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;
}
