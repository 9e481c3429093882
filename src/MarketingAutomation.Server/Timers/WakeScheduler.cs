using MarketingAutomation.Server.Deployments;
using MarketingAutomation.Server.Grains;
using MarketingAutomation.Server.Hosting;
using MarketingAutomation.Server.Storage;
using Microsoft.Extensions.Logging;

namespace MarketingAutomation.Server.Timers;

/// <summary>
/// Durable timers: every contact's next wake-up is a column of the store, written with its state,
/// so waits survive restarts. This loop looks for due contacts a few times a second (a bounded
/// batch at a time) and wakes their grains, which apply the timer if it is still due.
/// </summary>
public sealed class WakeScheduler(
    IJourneyStore store,
    DeploymentRegistry registry,
    IGrainFactory grains,
    JourneyClock clock,
    ServerOptions options,
    ILogger<WakeScheduler> logger) : PollingService(options.PollInterval, logger, "due timers")
{
    private const int Batch = 1000;

    /// <summary>Wakes the contacts due now; true when a full batch was due (there may be more).</summary>
    protected override async Task<bool> PassAsync(CancellationToken cancellationToken)
    {
        if (registry.Current is null)
        {
            return false;
        }

        var due = await store.DueContactsAsync(clock.Now, Batch, cancellationToken);
        await Task.WhenAll(due.Select(id => grains.GetGrain<IContactGrain>(id).WakeAsync()));
        return due.Count == Batch;
    }
}
