using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace MarketingAutomation.Server.Api;

/// <summary>
/// Reads a request body as JSON, within the size limit, turning every way it can be wrong into a
/// problem answer: too large (413), not JSON (400, with where it broke). Endpoints read bodies
/// only through here, so no malformed request reaches model binding and becomes a 500.
/// </summary>
internal static class JsonBody
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static async Task<(JsonDocument? Document, IResult? Problem)> ReadAsync(HttpRequest request, long limit)
    {
        if (request.ContentLength > limit)
        {
            return (null, Problems.TooLarge(limit));
        }

        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return (null, Problems.TooLarge(limit));
                }

                buffer.Write(chunk, 0, read);
            }

            bytes = buffer.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.TooLarge(limit));
        }

        if (bytes.Length == 0)
        {
            return (null, Problems.BadRequest("The body is empty: send a JSON document."));
        }

        try
        {
            return (JsonDocument.Parse(bytes, Options), null);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : string.Empty;
            return (null, Problems.BadRequest($"The body is not valid JSON{where}."));
        }
    }
}
