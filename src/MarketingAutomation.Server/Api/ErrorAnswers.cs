using MarketingAutomation.Server.Grains;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingAutomation.Server.Api;

/// <summary>
/// Exceptions that still reach the pipeline become problem answers: a request Kestrel refused
/// while reading (too large, cut off) keeps its 4xx status, and a contact addressed before any
/// deploy is a 409. Anything else is a bug of the server and stays a 500.
/// </summary>
internal static class ErrorAnswers
{
    public static void UseErrorAnswers(this WebApplication app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            await Write(context, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? Problems.TooLarge(context.RequestServices.GetRequiredService<ServerOptions>().MaxBodyBytes) : Problems.Of(e.StatusCode, "The request could not be read", e.Message));
        }
        catch (NothingDeployedException) when (!context.Response.HasStarted)
        {
            await Write(context, Problems.NothingDeployed());
        }
    });

    private static Task Write(HttpContext context, IResult result) => result.ExecuteAsync(context);
}
