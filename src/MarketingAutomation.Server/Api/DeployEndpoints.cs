using System.Text.Json;
using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Server.Deployments;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MarketingAutomation.Server.Api;

/// <summary>`POST /v1/deploy`: a workspace as a JSON map of relative path → text, checked and compiled as `ma check` and `ma build` do.</summary>
internal static class DeployEndpoints
{
    public static void Map(RouteGroupBuilder api, ApiKeys keys) =>
        api.MapPost("/deploy", DeployAsync).Accepts<Dictionary<string, string>>("application/json").AddEndpointFilter(new ApiKeyFilter(keys, ApiScope.Admin))
            .WithSummary("Deploy a workspace: {\"welcome.journey\": \"...\", \"templates/welcome_1.liquid\": \"...\"}");

    private static async Task<IResult> DeployAsync(HttpRequest request, DeploymentRegistry registry, ServerOptions options, CancellationToken cancellationToken)
    {
        var (document, problem) = await JsonBody.ReadAsync(request, options.MaxBodyBytes);
        if (document is null)
        {
            return problem ?? Problems.BadRequest("The body could not be read.");
        }

        Dictionary<string, string> files;
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Problems.BadRequest("Expected an object of relative path → file text, such as {\"welcome.journey\": \"journey welcome { ... }\"}.");
            }

            files = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    return Problems.BadRequest($"\"{property.Name}\": expected the file's text as a JSON string.");
                }

                if (!files.TryAdd(property.Name, property.Value.GetString() ?? string.Empty))
                {
                    return Problems.BadRequest($"\"{property.Name}\" is given twice.");
                }
            }
        }

        // From `ma deploy` of a build output: the build's content hash, which this server must reach too.
        var expected = request.Query["contentHash"].ToString() is { Length: > 0 } hash ? hash : null;
        var outcome = await registry.DeployAsync(files, expected, cancellationToken);
        if (outcome.Problem is { } invalid)
        {
            return Problems.BadRequest(invalid);
        }

        if (outcome.Deployment is not { } deployment)
        {
            var errors = outcome.Diagnostics.Count(d => d.IsError);
            return Problems.Of(
                StatusCodes.Status422UnprocessableEntity,
                "The workspace has errors",
                $"{errors} error{(errors == 1 ? string.Empty : "s")}: nothing was deployed. Fix them (`ma check` shows the same list) and deploy again.",
                new Dictionary<string, object?> { ["diagnostics"] = outcome.Diagnostics.Select(Describe) });
        }

        return Results.Ok(new
        {
            deployment = deployment.Number,
            changed = outcome.Changed,
            contentHash = deployment.ContentHash,
            journeys = deployment.Catalog.Journeys.Select(j => new { name = j.Info.Name, version = j.Info.Version }),
            diagnostics = outcome.Diagnostics.Select(Describe),
        });
    }

    /// <summary>A diagnostic in the shape of `ma check --format json`, paths relative to the workspace.</summary>
    private static object Describe(Diagnostic diagnostic) => new
    {
        path = diagnostic.Path.StartsWith(WorkspaceSources.Root + "/", StringComparison.Ordinal) ? diagnostic.Path[(WorkspaceSources.Root.Length + 1)..] : diagnostic.Path,
        code = diagnostic.Code,
        severity = diagnostic.Severity.ToString().ToLowerInvariant(),
        message = diagnostic.Message,
        start = new { line = diagnostic.Start.Line + 1, column = diagnostic.Start.Character + 1 },
        end = new { line = diagnostic.End.Line + 1, column = diagnostic.End.Character + 1 },
    };
}
