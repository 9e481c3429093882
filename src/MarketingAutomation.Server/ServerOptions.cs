namespace MarketingAutomation.Server;

/// <summary>How a journey server runs. The defaults are those of `ma serve`.</summary>
public sealed record ServerOptions
{
    /// <summary>Where the API listens (Kestrel URLs, `;`-separated). Port 0 picks a free port.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>The SQLite file. The API keys file, when generated, sits beside it.</summary>
    public required string DataPath { get; init; }

    /// <summary>A workspace folder to deploy at start when its sources differ from the current deployment's.</summary>
    public string? Workspace { get; init; }

    /// <summary>The time journeys run on; the system clock by default.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The largest request body accepted (413 beyond it).</summary>
    public long MaxBodyBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The most events in one `POST /v1/events` (400 beyond it).</summary>
    public int MaxBatch { get; init; } = 10_000;

    /// <summary>How often due timers and due outbox rows are looked for.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The default of <see cref="HandOverLanes"/>.</summary>
    public const int DefaultHandOverLanes = 4;

    /// <summary>
    /// How many messages, posts and notices may be in the hands of a channel at once: each lane is
    /// a thread. Lanes overlap rendering, connecting and the SMTP envelope; from the point of no
    /// return (an email's data, a webhook's request) until the outcome is durable in the hand-over
    /// journal, <see cref="MaxRepeatsPerCrash"/> hand-overs at a time go on
    /// (<see cref="Delivery.HandOverWindow"/>), so a crash repeats at most that many messages
    /// however many lanes run (with their original keys, which a receiver can use to drop them).
    /// `Outbox:HandOverLanes` in configuration.
    /// </summary>
    public int HandOverLanes { get; init; } = DefaultHandOverLanes;

    /// <summary>
    /// How many hand-overs may be past their point of no return at once, and so the most messages
    /// one crash can repeat. One by default: each message then costs its channel's answer and a
    /// synced write one after another, which on a relay a network round trip away (a hosted
    /// email service, tens of milliseconds) caps mail at a few dozen messages a second; a wider
    /// window overlaps those waits, up to the lanes and the SMTP connections there are.
    /// `Outbox:MaxRepeatsPerCrash` in configuration.
    /// </summary>
    public int MaxRepeatsPerCrash { get; init; } = 1;

    /// <summary>
    /// How the hand-over journal keeps each outcome. Zero (the default): on the disk before the next
    /// hand-over may pass its point of no return, so a power cut, like a killed process, repeats
    /// at most <see cref="MaxRepeatsPerCrash"/> messages. Otherwise: in the operating system at
    /// once (a killed process still repeats at most that many) and on the disk within this
    /// interval, so each message skips a synced write, and a power cut or an operating-system
    /// crash can also repeat the messages handed over in the last interval, with their original
    /// keys. `Outbox:JournalSyncMilliseconds` in configuration (0 to 1000).
    /// </summary>
    public TimeSpan JournalSyncInterval { get; init; } = TimeSpan.Zero;

    /// <summary>Hand-overs of one outbox row before it is marked failed.</summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>The wait after the first transient failure; it doubles with every further one.</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Settings laid over appsettings.json and the `MA_` environment variables, by configuration
    /// key (`Delivery:Smtp:Host`): for a host that embeds the server and configures it in code.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(1);
}
