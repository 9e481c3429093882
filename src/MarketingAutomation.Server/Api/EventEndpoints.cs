using System.Text.Json;
using MarketingAutomation.Server.Deployments;
using MarketingAutomation.Server.Grains;
using MarketingAutomation.Server.Ingest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingAutomation.Server.Api;

/// <summary>`POST /v1/events`: one event or an array of them, applied once each (by id), answered after they are durable.</summary>
internal static class EventEndpoints
{
    /// <summary>How many bad items a 400 lists: enough to fix a batch, short enough to read.</summary>
    private const int MaxListedProblems = 100;

    public static void Map(RouteGroupBuilder api, ApiKeys keys) =>
        api.MapPost("/events", PostAsync).Accepts<JsonElement>("application/json").AddEndpointFilter(new ApiKeyFilter(keys, ApiScope.Ingest))
            .WithSummary("Send events (one object or an array of up to 10,000)");

    private static async Task<IResult> PostAsync(HttpRequest request, IngestService ingest, DeploymentRegistry registry, JourneyClock clock, ServerOptions options)
    {
        var (document, problem) = await JsonBody.ReadAsync(request, options.MaxBodyBytes);
        if (document is null)
        {
            return problem ?? Problems.BadRequest("The body could not be read.");
        }

        using (document)
        {
            if (registry.Current is not { } deployment)
            {
                return Problems.NothingDeployed();
            }

            var root = document.RootElement;
            var items = root.ValueKind == JsonValueKind.Array ? [.. root.EnumerateArray()] : new List<JsonElement> { root };
            if (root.ValueKind is not (JsonValueKind.Array or JsonValueKind.Object))
            {
                return Problems.BadRequest("Expected an event object or an array of them.");
            }

            if (items.Count > options.MaxBatch)
            {
                return Problems.BadRequest($"A batch may hold at most {options.MaxBatch} events; this one has {items.Count}.");
            }

            var reader = new ApiEventReader(deployment.Schema);
            var now = clock.Now;
            var events = new List<ContactEvent>(items.Count);
            var errors = new List<object>();
            for (var i = 0; i < items.Count; i++)
            {
                var (item, error) = reader.Read(items[i], now);
                if (item is not null)
                {
                    events.Add(item);
                }
                else if (errors.Count < MaxListedProblems)
                {
                    errors.Add(new { index = i, message = error });
                }
            }

            if (errors.Count > 0)
            {
                // All or nothing: a batch with a bad item applies none, so a corrected resend is simple.
                return Problems.BadRequest($"{errors.Count} of {items.Count} events are not valid; nothing was applied.", new Dictionary<string, object?> { ["errors"] = errors });
            }

            var results = await ingest.IngestAsync(events);
            return Results.Ok(new
            {
                accepted = results.Count(r => r.Status == EventStatus.Accepted),
                duplicates = results.Count(r => r.Status == EventStatus.Duplicate),
                rejected = results.Count(r => r.Status == EventStatus.Rejected),
                results = results.Select((r, i) => new { index = i, id = events[i].Event.Id, status = r.Status.ToString().ToLowerInvariant(), problem = r.Problem }),
            });
        }
    }
}
