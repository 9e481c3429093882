namespace MarketingAutomation.LoadTest;

internal sealed record LoadSettings
{
    public int Contacts { get; init; } = 20_000;

    public int BatchSize { get; init; } = 1_000;

    public int Connections { get; init; } = 8;

    /// <summary>Events a second to offer, paced batch by batch; null sends every batch as soon as a connection is free.</summary>
    public int? Rate { get; init; }

    public int Runs { get; init; } = 3;

    /// <summary>Shoppers sent to each run's server before the measured ones, so that it runs optimised code (0: none).</summary>
    public int Warmup { get; init; }

    public int RawRows { get; init; } = 200_000;

    public TimeSpan MailWait { get; init; } = TimeSpan.FromMinutes(2);

    public string Workspace { get; init; } = "examples/shop";

    public string? MaDll { get; init; }

    /// <summary>How long the SMTP sink takes to accept each message (none by default).</summary>
    public TimeSpan SmtpAcceptDelay { get; init; }
}
