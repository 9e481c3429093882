namespace MarketingAutomation.Delivery.Email;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain text; for a relay on the same machine or network only.</summary>
    None,

    /// <summary>Connect in plain text and upgrade with STARTTLS (port 587); fails when the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    Ssl,
}

/// <summary>The <c>Delivery:Smtp</c> configuration section.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Delivery:Smtp";

    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;

    /// <summary>Signs in when set; the server's own settings decide whether it is needed.</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    public string FromAddress { get; set; } = "journeys@localhost";

    public string? FromName { get; set; }

    /// <summary>The part after <c>@</c> of every Message-ID; the From address's domain when unset.</summary>
    public string? MessageIdDomain { get; set; }

    /// <summary>Longest wait for any one step (connect, sign in, send) before the attempt counts as failed for now.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Connections kept open to the server and used at once. A few suffice to keep a relay busy;
    /// servers limit how many one client may open, so this stays small.
    /// </summary>
    public int MaxConnections { get; set; } = 8;
}
