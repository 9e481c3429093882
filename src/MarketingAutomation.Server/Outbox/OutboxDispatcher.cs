using MarketingAutomation.Delivery;
using MarketingAutomation.Server.Deployments;
using MarketingAutomation.Server.Grains;
using MarketingAutomation.Server.Hosting;
using MarketingAutomation.Server.Storage;
using Microsoft.Extensions.Logging;

namespace MarketingAutomation.Server.Outbox;

/// <summary>
/// Carries out the outbox: messages, posts and sales notices go to <see cref="IMessageDelivery"/>;
/// emitted events go to their recipient's grain, as an event whose id is the row's key (so a repeat
/// is a duplicate there). A row is marked delivered only after the hand-over returned: a crash in
/// between repeats the hand-over with the same key, which the receiver can drop. Transient
/// failures are retried with exponential backoff, kept in the store (`next_attempt`).
/// </summary>
public sealed class OutboxDispatcher(
    IJourneyStore store,
    DeploymentRegistry registry,
    IMessageDelivery delivery,
    IGrainFactory grains,
    JourneyClock clock,
    ServerOptions options,
    ILogger<OutboxDispatcher> logger) : PollingService(options.PollInterval, logger, "the outbox")
{
    private const int Batch = 256;

    /// <summary>The lanes of <see cref="ServerOptions.HandOverLanes"/>: a hand-over holds one until its outcome is in the store.</summary>
    private readonly SemaphoreSlim lanes = new(Math.Max(1, options.HandOverLanes));

    /// <summary>One pass over the due rows; true when there may be more due right away.</summary>
    protected override async Task<bool> PassAsync(CancellationToken cancellationToken)
    {
        if (registry.Current is null)
        {
            return false;
        }

        var due = await store.DueOutboxAsync(clock.Now, Batch, cancellationToken);
        // Rows of one contact keep their order; different contacts' rows go out side by side.
        await Task.WhenAll(due.GroupBy(r => r.ContactId).Select(async rows =>
        {
            foreach (var row in rows)
            {
                await HandleAsync(row, cancellationToken);
            }
        }));
        return due.Count == Batch;
    }

    private async Task HandleAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        // An emit is an event with the row's key as its id: repeated after a crash, it is a
        // duplicate at the recipient, so emits need no lane. Everything else leaves the server.
        if (row.Kind == OutboxKind.Emit)
        {
            await RecordAsync(row, await EmitAsync(row));
            return;
        }

        await lanes.WaitAsync(cancellationToken);
        try
        {
            await RecordAsync(row, await HandOverAsync(row, cancellationToken));
        }
        finally
        {
            lanes.Release();
        }
    }

    /// <summary>Stores a hand-over's outcome; awaited, so the outcome is durable before the caller goes on.</summary>
    private async Task RecordAsync(OutboxRow row, DeliveryOutcome outcome)
    {
        var attempts = row.Attempts + 1;
        var now = clock.Now;
        var update = outcome.Status switch
        {
            DeliveryStatus.Delivered => new OutboxUpdate(row.Key, row.ContactId, OutboxStatus.Delivered, attempts, now, outcome.Detail, Timeline(row, now, "delivered", outcome.Detail)),
            DeliveryStatus.TransientFailure when attempts < options.MaxAttempts =>
                new OutboxUpdate(row.Key, row.ContactId, OutboxStatus.Pending, attempts, now + Backoff(attempts), outcome.Detail, null),
            _ => new OutboxUpdate(row.Key, row.ContactId, OutboxStatus.Failed, attempts, now, outcome.Detail,
                Timeline(row, now, "deliveryFailed", (outcome.Status == DeliveryStatus.TransientFailure ? $"gave up after {attempts} attempts: " : string.Empty) + outcome.Detail)),
        };
        await store.WriteAsync(update);
    }

    private async Task<DeliveryOutcome> HandOverAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        try
        {
            return await delivery.DeliverAsync(OutboundMessages.From(row, registry.Get(row.Deployment)), cancellationToken);
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
        var contact = await store.LoadContactAsync(recipient, CancellationToken.None) is not null || await store.MergedIntoAsync(recipient, CancellationToken.None) is not null
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
}
