using System.Collections.Concurrent;
using MarketingAutomation.Delivery;
using MarketingAutomation.Server.Deployments;
using MarketingAutomation.Server.Grains;
using MarketingAutomation.Server.Hosting;
using MarketingAutomation.Server.Storage;
using Microsoft.Extensions.Logging;

namespace MarketingAutomation.Server.Outbox;

/// <summary>
/// Carries out the outbox: messages, posts and sales notices go to <see cref="IMessageDelivery"/>
/// on the <see cref="HandOverLanes"/>; emitted events go to their recipient's grain, as an event
/// whose id is the row's key (so a repeat is a duplicate there). A row is marked delivered only
/// after the hand-over returned: a crash in between repeats the hand-over with the same key, which
/// the receiver can drop. Transient failures are retried with exponential backoff, kept in the
/// store (`next_attempt`).
/// </summary>
/// <remarks>
/// Lanes overlap everything but the <see cref="HandOverWindow"/>: from a channel's point of no
/// return until the outcome is durable, one hand-over at a time by default, so a crash repeats at
/// most one message however many lanes run (<see cref="ServerOptions.MaxRepeatsPerCrash"/> widens it).
///
/// A lane makes each outcome durable in the <see cref="HandOverJournal"/> before it takes its next
/// message. The store takes a pass's outcomes together once the pass is over, in one group commit
/// rather than a commit or two per message, and then the journal is emptied; the next pass reads
/// due rows only after that, so it never reads a handed-over row as still due. The first pass
/// after a start, or after the store failed to take a pass's outcomes, gives the store what the
/// journal kept.
/// </remarks>
public sealed partial class OutboxDispatcher : PollingService
{
    private const int Batch = 256;

    private readonly IJourneyStore store;
    private readonly DeploymentRegistry registry;
    private readonly IMessageDelivery delivery;
    private readonly IGrainFactory grains;
    private readonly JourneyClock clock;
    private readonly ServerOptions options;
    private readonly ILogger<OutboxDispatcher> logger;
    private readonly HandOverJournal journal;
    private readonly HandOverLanes lanes;
    private readonly HandOverWindow window;

    /// <summary>Outcomes the lanes made durable in the journal that the store has not yet been given.</summary>
    private readonly ConcurrentQueue<OutboxUpdate> unrecorded = new();

    private bool replayed;

    public OutboxDispatcher(
        IJourneyStore store,
        DeploymentRegistry registry,
        IMessageDelivery delivery,
        IGrainFactory grains,
        JourneyClock clock,
        ServerOptions options,
        ILogger<OutboxDispatcher> logger)
        : base(options.PollInterval, logger, "the outbox")
    {
        this.store = store;
        this.registry = registry;
        this.delivery = delivery;
        this.grains = grains;
        this.clock = clock;
        this.options = options;
        this.logger = logger;
        var journalPath = HandOverJournal.PathFor(options.DataPath);
        journal = new HandOverJournal(journalPath, options.JournalSyncInterval, e => LogJournalSyncFailed(logger, journalPath, e));
        window = new HandOverWindow(options.MaxRepeatsPerCrash);
        lanes = new HandOverLanes(options.HandOverLanes, HandOverOnLane);
    }

    public override void Dispose()
    {
        base.Dispose();
        lanes.Dispose();
        journal.Dispose();
    }

    /// <summary>One pass over the due rows; true when there may be more due right away.</summary>
    protected override async Task<bool> PassAsync(CancellationToken cancellationToken)
    {
        if (!replayed)
        {
            await ReplayJournalAsync(cancellationToken);
            replayed = true;
        }

        if (registry.Current is null)
        {
            return false;
        }

        var due = await store.DueOutboxAsync(clock.Now, Batch, cancellationToken);
        try
        {
            // Rows of one contact keep their order; different contacts' rows go out side by side.
            // A contact with an emit among its rows is taken here, the others all at once by the lanes.
            var contacts = due.GroupBy(r => r.ContactId).Select(rows => (IReadOnlyList<OutboxRow>)[.. rows]).ToList();
            var withEmits = contacts.Where(rows => rows.Any(r => r.Kind == OutboxKind.Emit));
            var laneOnly = contacts.Where(rows => rows.All(r => r.Kind != OutboxKind.Emit)).ToList();
            await Task.WhenAll(withEmits.Select(rows => HandleInOrderAsync(rows, cancellationToken)).Append(lanes.HandOverAsync(laneOnly, cancellationToken)));
        }
        finally
        {
            await RecordOutcomesAsync();
        }

        return due.Count == Batch;
    }

    /// <summary>
    /// Gives the store the outcomes the lanes made durable in the journal, then empties the
    /// journal. Should the store fail, the journal keeps them, and the next pass replays it.
    /// </summary>
    private async Task RecordOutcomesAsync()
    {
        var updates = new List<OutboxUpdate>();
        while (unrecorded.TryDequeue(out var update))
        {
            updates.Add(update);
        }

        if (updates.Count == 0)
        {
            return;
        }

        try
        {
            await Task.WhenAll(updates.Select(store.WriteAsync));
        }
        catch
        {
            replayed = false;
            throw;
        }

        journal.Clear();
    }

    /// <summary>Outcomes the journal kept across a crash, written to the store unless it already took them.</summary>
    private async Task ReplayJournalAsync(CancellationToken cancellationToken)
    {
        var replayedOutcomes = 0;
        foreach (var update in journal.ReadAll())
        {
            // Each outcome counts an attempt, so a row that has this attempt's count already has this outcome.
            if (await store.OutboxItemAsync(update.Key, cancellationToken) is { } row && row.Attempts < update.Attempts)
            {
                await store.WriteAsync(update);
                replayedOutcomes++;
            }
        }

        if (replayedOutcomes > 0)
        {
            LogReplayed(logger, replayedOutcomes, journal.Path);
        }

        journal.Clear();
    }

    /// <summary>
    /// A contact's rows in order, when one is an emit: an event with the row's key as its id,
    /// which a repeat after a crash makes a duplicate at the recipient, so emits need no lane.
    /// </summary>
    private async Task HandleInOrderAsync(IReadOnlyList<OutboxRow> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            if (row.Kind == OutboxKind.Emit)
            {
                await store.WriteAsync(Outcome(row, await EmitAsync(row)));
            }
            else
            {
                await lanes.HandOverAsync([[row]], cancellationToken);
            }
        }
    }

    /// <summary>One hand-over, on a lane: it returns once the outcome is durable, in the journal or else in the store.</summary>
    private void HandOverOnLane(OutboxRow row, CancellationToken cancellationToken) =>
        HandOverAsync(row, cancellationToken).GetAwaiter().GetResult();

    /// <summary>
    /// The thread that gets the channel's answer records the outcome. For email that is the lane
    /// itself, which sends the message (<see cref="HandOverThread"/>). A channel that answers on
    /// another thread runs this method's continuation there at once: waking the lane's thread to
    /// do it cost 60 to 230 µs inside the window on two busy cores (tests/MarketingAutomation.LoadTest/README.md).
    /// </summary>
    private async Task HandOverAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        // The channel enters the window at its point of no return; it is left once the outcome is durable.
        using var ticket = window.Open();
        var update = Outcome(row, await AnswerAsync(row, ticket, cancellationToken).ConfigureAwait(false));
        try
        {
            journal.Append(update);
        }
        catch (IOException e)
        {
            LogJournalFailed(logger, journal.Path, e);
            await store.WriteAsync(update).ConfigureAwait(false);
            return;
        }

        unrecorded.Enqueue(update);
    }

    private OutboxUpdate Outcome(OutboxRow row, DeliveryOutcome outcome)
    {
        var attempts = row.Attempts + 1;
        var now = clock.Now;
        return outcome.Status switch
        {
            DeliveryStatus.Delivered => new OutboxUpdate(row.Key, row.ContactId, OutboxStatus.Delivered, attempts, now, outcome.Detail, Timeline(row, now, "delivered", outcome.Detail)),
            DeliveryStatus.TransientFailure when attempts < options.MaxAttempts =>
                new OutboxUpdate(row.Key, row.ContactId, OutboxStatus.Pending, attempts, now + Backoff(attempts), outcome.Detail, null),
            _ => new OutboxUpdate(row.Key, row.ContactId, OutboxStatus.Failed, attempts, now, outcome.Detail,
                Timeline(row, now, "deliveryFailed", (outcome.Status == DeliveryStatus.TransientFailure ? $"gave up after {attempts} attempts: " : string.Empty) + outcome.Detail)),
        };
    }

    /// <summary>The channel's answer to the hand-over.</summary>
    private async Task<DeliveryOutcome> AnswerAsync(OutboxRow row, HandOverTicket ticket, CancellationToken cancellationToken)
    {
        try
        {
            return await delivery.DeliverAsync(OutboundMessages.From(row, registry.Get(row.Deployment)), ticket, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The contract says channels report failures rather than throw; one that throws anyway is retried like a transient failure.
            return new DeliveryOutcome(DeliveryStatus.TransientFailure, e.GetType().Name + ": " + e.Message);
        }
    }

    /// <summary>An emitted event reaches its recipient: a contact id, or else the email address of a known contact.</summary>
    private async Task<DeliveryOutcome> EmitAsync(OutboxRow row)
    {
        var recipient = row.Recipient ?? string.Empty;
        var contact = (await store.FindContactAsync(recipient, CancellationToken.None)).Known
            ? recipient
            : await store.ContactByEmailAsync(recipient, CancellationToken.None);
        if (contact is null)
        {
            return new DeliveryOutcome(DeliveryStatus.PermanentFailure, $"no contact {recipient}");
        }

        var results = await grains.GetGrain<IContactGrain>(contact).ApplyEventsAsync(
            [new IncomingEvent { Id = row.Key, Name = row.Name, At = clock.Now, DataJson = OutboundMessages.EventJson(row) }]);
        return results[0].Status == EventStatus.Rejected
            ? new DeliveryOutcome(DeliveryStatus.PermanentFailure, results[0].Problem)
            : new DeliveryOutcome(DeliveryStatus.Delivered, $"to contact {contact}");
    }

    private TimeSpan Backoff(int attempts)
    {
        var wait = options.RetryBackoff * Math.Pow(2, Math.Min(attempts - 1, 30));
        return wait < options.MaxBackoff ? wait : options.MaxBackoff;
    }

    private static TimelineRow Timeline(OutboxRow row, DateTimeOffset now, string kind, string? detail)
    {
        var what = row.Kind switch
        {
            OutboxKind.Message => $"{row.Channel} {row.Name}",
            OutboxKind.Post => $"post to {row.Name}",
            OutboxKind.NotifySales => "sales notice",
            _ => $"event {row.Name} for {row.Recipient}",
        };
        var text = (kind == "delivered" ? "delivered " : "not delivered: ") + what + (detail is { Length: > 0 } ? $" ({detail})" : string.Empty);
        return new TimelineRow(now, row.Journey, kind, row.Kind == OutboxKind.Message ? row.Channel : null, row.Name, detail, null, text, null, null, row.Key);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recorded {Count} hand-over outcomes that {Journal} kept from before the last stop")]
    private static partial void LogReplayed(ILogger logger, int count, string journal);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write to {Journal}; the lane waits for the store instead")]
    private static partial void LogJournalFailed(ILogger logger, string journal, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not sync {Journal} to the disk; trying again at the next interval")]
    private static partial void LogJournalSyncFailed(ILogger logger, string journal, Exception exception);
}
