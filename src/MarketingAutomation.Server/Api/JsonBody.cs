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

        byte[]? bytes;
        try
        {
            bytes = request.ContentLength is { } length
                ? await ReadDeclaredAsync(request, (int)length)
                : await ReadChunkedAsync(request, limit);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.TooLarge(limit));
        }

        if (bytes is null)
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

    /// <summary>
    /// A body whose length the request declares (already checked against the limit): read into one
    /// array of that size. A batch of a thousand events is a few hundred kilobytes, and growing a
    /// stream to it and copying it out cost about three times that on every request.
    /// </summary>
    private static async Task<byte[]> ReadDeclaredAsync(HttpRequest request, int length)
    {
        var bytes = new byte[length];
        var filled = 0;
        int read;
        while (filled < length && (read = await request.Body.ReadAsync(bytes.AsMemory(filled), request.HttpContext.RequestAborted)) > 0)
        {
            filled += read;
        }

        // The server ends a body at its declared length; a body cut short fails the read itself.
        return filled == length ? bytes : bytes[..filled];
    }

    /// <summary>A body of no declared length (chunked), read until it ends; null once it passes the limit.</summary>
    private static async Task<byte[]?> ReadChunkedAsync(HttpRequest request, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
