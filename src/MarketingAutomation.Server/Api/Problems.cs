using Microsoft.AspNetCore.Http;

namespace MarketingAutomation.Server.Api;

/// <summary>Every error answer is an RFC 9457 problem (`application/problem+json`) with a title a person can act on.</summary>
internal static class Problems
{
    public static IResult Of(int status, string title, string? detail = null, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);

    public static IResult BadRequest(string detail, IDictionary<string, object?>? extensions = null) =>
        Of(StatusCodes.Status400BadRequest, "The request is not valid", detail, extensions);

    public static IResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, "Not found", detail);

    public static IResult TooLarge(long limit) =>
        Of(StatusCodes.Status413PayloadTooLarge, "The request body is too large", $"The body may be at most {limit} bytes; send large batches in parts.");

    public static IResult NothingDeployed() =>
        Of(StatusCodes.Status409Conflict, "Nothing is deployed", "Deploy a workspace first: POST /v1/deploy, or start the server with `ma serve <workspace>`.");
}
