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
        api.MapGet("/journeys/{name}/stats", StatsAsync).AddEndpointFilter(admin).WithSummary("A journey's counts: entered, waiting, converted, sent, delivered, opened, clicked, revenue, time to convert, and per step");
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
            opened = stats.Engagement.Opened,
            clicked = stats.Engagement.Clicked,
            unsubscribed = stats.Engagement.Unsubscribed,
            timeToConvert = stats.TimesToConvert.Count == 0 ? null : new
            {
                count = stats.TimesToConvert.Count,
                medianSeconds = (long)stats.TimesToConvert[(stats.TimesToConvert.Count - 1) / 2].TotalSeconds,
                median = Runtime.PlainText.Duration(stats.TimesToConvert[(stats.TimesToConvert.Count - 1) / 2]),
            },
            steps = stats.Steps.Select(s => new { file = s.File, line = s.Line, kind = s.Kind, count = s.Count }),
        });
    }
}
