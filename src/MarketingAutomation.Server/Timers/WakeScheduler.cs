using MarketingAutomation.Server.Deployments;
using MarketingAutomation.Server.Grains;
using MarketingAutomation.Server.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MarketingAutomation.Server.Timers;

/// <summary>
/// Durable timers: every contact's next wake-up is a column of the store, written with its state,
/// so waits survive restarts. This loop looks for due contacts a few times a second (a bounded
/// batch at a time) and wakes their grains, which apply the timer if it is still due.
/// </summary>
public sealed partial class WakeScheduler(
    IJourneyStore store,
    DeploymentRegistry registry,
    IGrainFactory grains,
    JourneyClock clock,
    ServerOptions options,
    ILogger<WakeScheduler> logger) : BackgroundService
{
    private const int Batch = 1000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                more = await WakeDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(logger, e);
            }

            if (!more)
            {
                try
                {
                    await Task.Delay(options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Wakes the contacts due now; true when a full batch was due (there may be more).</summary>
    internal async Task<bool> WakeDueAsync(CancellationToken cancellationToken)
    {
        if (registry.Current is null)
        {
            return false;
        }

        var due = await store.DueContactsAsync(clock.Now, Batch, cancellationToken);
        await Task.WhenAll(due.Select(id => grains.GetGrain<IContactGrain>(id).WakeAsync()));
        return due.Count == Batch;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A timer pass failed; the next pass retries")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
