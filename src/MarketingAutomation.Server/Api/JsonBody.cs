using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace MarketingAutomation.Server.Api;

/// <summary>
/// Reads a request body as JSON, within the size limit, turning every way it can be wrong into a
/// problem answer: too large (413), empty or not JSON (400, with where it broke), or JSON whose
/// text is not (400, <see cref="Utf8BodyCheck"/>). Endpoints read
/// bodies only through here, so no malformed request reaches model binding and becomes a 500.
/// </summary>
/// <remarks>
/// The document is parsed from the body as it streams in, into buffers the document rents from
/// the shared pool and gives back when it is disposed (every endpoint disposes it). A batch of a
/// thousand events is a few hundred kilobytes: read into an array of its own, each such body was
/// a large-object allocation, which only the collector's most expensive pass reclaims, and under
/// event traffic they were about a third of the byte arrays the server allocated.
/// </remarks>
internal static class JsonBody
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static async Task<(JsonDocument? Document, IResult? Problem)> ReadAsync(HttpRequest request, long limit)
    {
        if (request.ContentLength > limit)
        {
            return (null, Problems.TooLarge(limit));
        }

        var text = new Utf8BodyCheck();
        var body = new BoundedStream(request.Body, limit, text);
        try
        {
            var document = await JsonDocument.ParseAsync(body, Options, request.HttpContext.RequestAborted);
            if (text.Problem(document) is { } problem)
            {
                document.Dispose();
                return (null, problem);
            }

            return (document, null);
        }
        catch (BoundedStream.LimitPassedException)
        {
            return (null, Problems.TooLarge(limit));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.TooLarge(limit));
        }
        catch (JsonException) when (body.BytesRead == 0)
        {
            return (null, Problems.BadRequest("The body is empty: send a JSON document."));
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : string.Empty;
            return (null, Problems.BadRequest($"The body is not valid JSON{where}."));
        }
    }
}
