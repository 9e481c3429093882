using MarketingAutomation.Runtime;

namespace MarketingAutomation.Delivery;

/// <summary>What an outbound item asks a channel to do.</summary>
public enum OutboundKind
{
    /// <summary>A template sent on its channel (email, SMS, push).</summary>
    Message,

    /// <summary>A `post` to a declared connection.</summary>
    Post,

    /// <summary>A `notify sales`.</summary>
    NotifySales,
}

/// <summary>
/// One item of the server's outbox, ready to hand over. It is rendered at hand-over time from
/// the deployed templates; <see cref="Key"/> is stable across retries and restarts, so a receiver
/// can drop a repeat (it becomes the email's Message-ID and a webhook's Idempotency-Key header).
/// </summary>
public sealed record OutboundMessage
{
    public required string Key { get; init; }

    public required string ContactId { get; init; }

    public required OutboundKind Kind { get; init; }

    /// <summary>The message's channel; <see cref="Channel.Webhook"/> for posts and sales notices.</summary>
    public required Channel Channel { get; init; }

    /// <summary>The template, the connection, or the sales notice's text.</summary>
    public required string Name { get; init; }

    /// <summary>The journey that caused it, for headers and statistics.</summary>
    public string? Journey { get; init; }

    /// <summary>The address on the channel: an email address, a phone number, a device token. Null for webhooks.</summary>
    public string? Recipient { get; init; }

    /// <summary>The contact's profile as plain values (see the runtime's FieldInfo): what `contact.x` reads when rendering.</summary>
    public IReadOnlyDictionary<string, object?> Contact { get; init; } = new Dictionary<string, object?>();

    /// <summary>The send's `with { }` values, or the `post` payload.</summary>
    public IReadOnlyList<Argument> Arguments { get; init; } = [];

    /// <summary>A transactional template: no unsubscribe link or List-Unsubscribe headers.</summary>
    public bool Transactional { get; init; }
}
