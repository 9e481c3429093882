using MarketingAutomation.Server.Deployments;
using MarketingAutomation.Server.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingAutomation.Server.Api;

/// <summary>Deployed journeys with their versions, and each journey's statistics.</summary>
internal static class JourneyEndpoints
{
    public static void Map(RouteGroupBuilder api, ApiKeys keys)
    {
        var admin = new ApiKeyFilter(keys, ApiScope.Admin);
        api.MapGet("/journeys", List).AddEndpointFilter(admin).WithSummary("Deployed journeys and their versions, by deployment");
        api.MapGet("/journeys/{name}/stats", StatsAsync).AddEndpointFilter(admin).WithSummary("A journey's counts: entered, waiting, converted, sent, delivered, revenue");
    }

    private static IResult List(DeploymentRegistry registry)
    {
        var deployments = registry.All;
        var current = registry.Current?.Number;
        return Results.Ok(new
        {
            current,
            journeys = current is null ? [] : deployments.Single(d => d.Number == current).Journeys.Select(j => new { name = j.Key, version = j.Value }).ToArray(),
            deployments = deployments.Select(d => new
            {
                number = d.Number,
                contentHash = d.ContentHash,
                deployedAt = d.DeployedAt,
                journeys = d.Journeys.Select(j => new { name = j.Key, version = j.Value }),
            }),
        });
    }

    private static async Task<IResult> StatsAsync(string name, DeploymentRegistry registry, IJourneyStore store, CancellationToken cancellationToken)
    {
        if (!registry.All.Any(d => d.Journeys.ContainsKey(name)))
        {
            return Problems.NotFound($"No deployment has a journey \"{name}\".");
        }

        var stats = await store.StatsAsync(name, cancellationToken);
        return Results.Ok(new
        {
            journey = name,
            entered = stats.Entered,
            waiting = stats.Waiting,
            converted = stats.Converted,
            exited = stats.Exited,
            completed = stats.Completed,
            failed = stats.Failed,
            revenue = stats.Revenue,
            sent = stats.SentByChannel,
            delivered = stats.Delivered,
            deliveryFailed = stats.DeliveryFailed,
        });
    }
}
