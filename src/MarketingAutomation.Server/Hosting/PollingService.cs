using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MarketingAutomation.Server.Hosting;

/// <summary>
/// A background loop over work kept in the store (due timers, due outbox rows): a pass, then a
/// pause of the poll interval unless the pass says more is due at once. A failed pass is logged
/// and the next one retries: the work is still in the store, so nothing is lost by waiting.
/// </summary>
public abstract partial class PollingService(TimeSpan pollInterval, ILogger logger, string work) : BackgroundService
{
    /// <summary>One pass; true when more may be due right away (it took a full batch).</summary>
    protected abstract Task<bool> PassAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                more = await PassAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(logger, work, e);
            }

            if (!more)
            {
                try
                {
                    await Task.Delay(pollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A pass over {Work} failed; the next pass retries")]
    private static partial void LogPassFailed(ILogger logger, string work, Exception exception);
}
