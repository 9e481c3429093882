using System.Globalization;
using System.Text.Json;
using MarketingAutomation.Server.Contacts;
using MarketingAutomation.Server.Deployments;
using MarketingAutomation.Server.Grains;
using MarketingAutomation.Server.Ingest;
using MarketingAutomation.Server.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace MarketingAutomation.Server.Api;

/// <summary>Contacts: create or change fields, identify (merge an anonymous id), read, and the timeline of why.</summary>
internal static class ContactEndpoints
{
    private const int MaxIdLength = ApiEventReader.MaxIdLength;

    public static void Map(RouteGroupBuilder api, ApiKeys keys)
    {
        var ingest = new ApiKeyFilter(keys, ApiScope.Ingest);
        var admin = new ApiKeyFilter(keys, ApiScope.Admin);
        api.MapPut("/contacts/{id}", PutAsync).Accepts<JsonElement>("application/json").AddEndpointFilter(ingest).WithSummary("Create a contact, or change its fields (a profile change)");
        api.MapPost("/contacts/{id}/identify", IdentifyAsync).Accepts<JsonElement>("application/json").AddEndpointFilter(ingest).WithSummary("Merge an anonymous contact into this one");
        api.MapGet("/contacts/{id}", GetAsync).AddEndpointFilter(admin).WithSummary("A contact: profile, stage, scores, tags, journeys");
        api.MapGet("/contacts/{id}/timeline", TimelineAsync).AddEndpointFilter(admin).WithSummary("Everything the journeys did for a contact, and why")
            .AddOpenApiOperationTransformer(DescribeLimit);
    }

    /// <summary>The timeline's `limit` is bound as text (see <see cref="TimelineAsync"/>); the document still says what it takes.</summary>
    private static Task DescribeLimit(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.Name == "limit") is { } limit)
        {
            limit.Description = "How many of the newest entries to give, oldest first (default 1000).";
            limit.Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "10000" };
        }

        return Task.CompletedTask;
    }

    private static async Task<IResult> PutAsync(string id, HttpRequest request, IGrainFactory grains, DeploymentRegistry registry, ServerOptions options)
    {
        if (BadId(id) is { } badId)
        {
            return badId;
        }

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

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Problems.BadRequest("Expected an object of contact fields, such as {\"email\": \"ala@example.com\"}.");
            }

            var json = document.RootElement.GetRawText();
            if (!StimulusReader.TryProfile(deployment, json, out _, out var error))
            {
                return Problems.BadRequest(error ?? "The fields are not valid.");
            }

            var grain = grains.GetGrain<IContactGrain>(id);
            var created = await grain.UpdateProfileAsync(json);
            var view = await grain.GetAsync();
            return created ? Results.Created($"/v1/contacts/{Uri.EscapeDataString(id)}", ContactJson.Of(view)) : Results.Ok(ContactJson.Of(view));
        }
    }

    private static async Task<IResult> IdentifyAsync(string id, HttpRequest request, IGrainFactory grains, DeploymentRegistry registry, ServerOptions options, IJourneyStore store)
    {
        if (BadId(id) is { } badId)
        {
            return badId;
        }

        var (document, problem) = await JsonBody.ReadAsync(request, options.MaxBodyBytes);
        if (document is null)
        {
            return problem ?? Problems.BadRequest("The body could not be read.");
        }

        using (document)
        {
            if (registry.Current is null)
            {
                return Problems.NothingDeployed();
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("anonymousId", out var anonymous)
                || anonymous.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(anonymous.GetString()))
            {
                return Problems.BadRequest("Expected {\"anonymousId\": \"...\"}: the id the contact was known by before.");
            }

            var anonymousId = anonymous.GetString() ?? string.Empty;
            if (BadId(anonymousId) is { } badAnonymous)
            {
                return badAnonymous;
            }

            var grain = grains.GetGrain<IContactGrain>(id);
            return await grain.IdentifyAsync(anonymousId) switch
            {
                MergeStatus.SameContact => Problems.BadRequest("A contact cannot be merged into itself."),
                MergeStatus.NothingToMerge => await AlreadyMergedAsync(id, anonymousId, grain, store, request.HttpContext.RequestAborted),
                _ => Results.Ok(ContactJson.Of(await grain.GetAsync())),
            };
        }
    }

    /// <summary>
    /// An identify with nothing left to merge: done before (a client's retry, say) when the
    /// anonymous id is already an alias of this contact, so it answers as the first call did;
    /// a conflict when it was merged into another contact; else the anonymous id is unknown.
    /// </summary>
    private static async Task<IResult> AlreadyMergedAsync(string id, string anonymousId, IContactGrain grain, IJourneyStore store, CancellationToken cancellationToken)
    {
        if (await store.MergedIntoAsync(anonymousId, cancellationToken) is not { } mergedInto)
        {
            return Problems.NotFound($"There is no contact \"{anonymousId}\" to merge.");
        }

        var contact = await store.MergedIntoAsync(id, cancellationToken) ?? id;
        return mergedInto == contact
            ? Results.Ok(ContactJson.Of(await grain.GetAsync()))
            : Problems.Of(StatusCodes.Status409Conflict, "Conflict", $"\"{anonymousId}\" was merged into another contact, \"{mergedInto}\", already.");
    }

    private static async Task<IResult> GetAsync(string id, IGrainFactory grains, DeploymentRegistry registry)
    {
        if (BadId(id) is { } badId)
        {
            return badId;
        }

        if (registry.Current is null)
        {
            return Problems.NothingDeployed();
        }

        var view = await grains.GetGrain<IContactGrain>(id).GetAsync();
        return view is null ? Problems.NotFound($"There is no contact \"{id}\".") : Results.Ok(ContactJson.Of(view));
    }

    /// <param name="limit">Read as text, so that a word or a number too large for an int gets the same answer as one out of range, not the framework's bare 400.</param>
    private static async Task<IResult> TimelineAsync(string id, string? limit, IJourneyStore store, CancellationToken cancellationToken)
    {
        if (BadId(id) is { } badId)
        {
            return badId;
        }

        var count = 1000;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count is < 1 or > 10_000))
        {
            return Problems.BadRequest("limit: expected a number from 1 to 10000.");
        }

        var contact = await store.MergedIntoAsync(id, cancellationToken) ?? id;
        var rows = await store.TimelineAsync(contact, count, cancellationToken);
        if (rows.Count == 0 && await store.LoadContactAsync(contact, cancellationToken) is null)
        {
            return Problems.NotFound($"There is no contact \"{id}\".");
        }

        return Results.Ok(new { contact, timeline = rows.Select(TimelineJson.Of) });
    }

    private static IResult? BadId(string id) =>
        string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength || id.Any(char.IsControl)
            ? Problems.BadRequest($"A contact id is 1 to {MaxIdLength} printable characters.")
            : null;
}
