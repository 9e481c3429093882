using Microsoft.AspNetCore.Http;

namespace MarketingAutomation.Server.Api;

/// <summary>
/// Lets a request through when it carries a key of the endpoint's scope, as
/// `Authorization: Bearer KEY` or `X-Api-Key: KEY`. No key or an unknown one: 401; the ingest key
/// on an admin endpoint: 403. The admin key opens every endpoint.
/// </summary>
internal sealed class ApiKeyFilter(ApiKeys keys, ApiScope required) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        var presented = request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : request.Headers["X-Api-Key"].ToString();
        switch (keys.ScopeOf(presented))
        {
            case null:
                context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
                return Problems.Of(StatusCodes.Status401Unauthorized, "An API key is needed", "Send the key as `Authorization: Bearer <key>`; `ma serve` prints where the keys are.");
            case ApiScope.Ingest when required == ApiScope.Admin:
                return Problems.Of(StatusCodes.Status403Forbidden, "This key may not do that", "The ingest key sends events and writes contacts; this endpoint needs the admin key.");
            default:
                return await next(context);
        }
    }
}
