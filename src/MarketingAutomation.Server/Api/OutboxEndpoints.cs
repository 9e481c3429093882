using MarketingAutomation.Server.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingAutomation.Server.Api;

/// <summary>
/// The outbox at a glance, for an operator who wants to know whether the mail keeps up with the
/// events: a backlog that grows, or an oldest due item that ages, says it does not.
/// </summary>
internal static class OutboxEndpoints
{
    public static void Map(RouteGroupBuilder api, ApiKeys keys)
    {
        var admin = new ApiKeyFilter(keys, ApiScope.Admin);
        api.MapGet("/outbox", BacklogAsync).AddEndpointFilter(admin).WithSummary("The outbox's pending items: how many, how many are due now, how many have failed at least once, and how long the oldest due one has waited");
    }

    private static async Task<IResult> BacklogAsync(IJourneyStore store, JourneyClock clock, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var backlog = await store.OutboxBacklogAsync(now, cancellationToken);
        return Results.Ok(new
        {
            pending = backlog.Pending,
            due = backlog.Due,
            retrying = backlog.Retrying,
            oldestDueAt = backlog.OldestDueAt,
            oldestDueSeconds = backlog.OldestDueAt is { } since ? Math.Round((now - since).TotalSeconds, 3) : (double?)null,
        });
    }
}
