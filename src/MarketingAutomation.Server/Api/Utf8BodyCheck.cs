using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace MarketingAutomation.Server.Api;

/// <summary>
/// Checks a JSON body's text as it streams in. The JSON parser checks structure, not text: a byte
/// that is not UTF-8, or a <c>\u</c> escape for half a character (a lone surrogate), passes it and
/// fails only when an endpoint reads that string, as a server error. Found here, it is a 400.
/// </summary>
/// <remarks>
/// Every byte is decoded (a decoder keeps a character split between two reads), which costs about
/// as much as copying the body once. Half-character escapes are rare, so the body is only scanned
/// for the start of one (<c>\uD8</c> to <c>\uDF</c>); only a body that has one has its strings
/// read after parsing to find whether it is really unpaired.
/// </remarks>
internal sealed class Utf8BodyCheck
{
    private const int ScratchChars = 4096;

    private readonly Decoder decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();

    /// <summary>The last bytes of the previous read, so an escape split between two reads is still seen.</summary>
    private readonly byte[] seamTail = new byte[3];
    private int seamTailLength;
    private long offset;

    /// <summary>Where the first byte that is not UTF-8 is, counted from 1; null while the text is good.</summary>
    public long? InvalidByte { get; private set; }

    /// <summary>True once the body has what may be a <c>\u</c> escape for half a character.</summary>
    public bool MayHaveHalfCharacter { get; private set; }

    public void Add(ReadOnlySpan<byte> bytes) => Decode(bytes, flush: false);

    /// <summary>The body has ended: a character begun in its last bytes and never finished is not UTF-8.</summary>
    public void End() => Decode([], flush: true);

    /// <summary>A problem for a body whose text is not what JSON must be, after it parsed as JSON; null when it is.</summary>
    public IResult? Problem(JsonDocument document)
    {
        if (InvalidByte is { } at)
        {
            return Problems.BadRequest($"The body is not valid UTF-8 text (byte {at}): send JSON as UTF-8.");
        }

        return MayHaveHalfCharacter && !AllStringsRead(document.RootElement)
            ? Problems.BadRequest("The body has a \\u escape for half a character (one of \\uD800 to \\uDFFF without its other half): send the character itself, or both halves.")
            : null;
    }

    private void Decode(ReadOnlySpan<byte> bytes, bool flush)
    {
        FindHalfCharacterEscape(bytes);
        if (InvalidByte is not null)
        {
            return;
        }

        var scratch = ArrayPool<char>.Shared.Rent(ScratchChars);
        try
        {
            // Once at least, so the end of the body flushes a character left unfinished.
            var rest = bytes;
            do
            {
                decoder.Convert(rest, scratch, flush, out var used, out _, out _);
                offset += used;
                rest = rest[used..];
            }
            while (!rest.IsEmpty);
        }
        catch (DecoderFallbackException e)
        {
            // The index is within this read; below zero when the character began in the one before.
            InvalidByte = offset + e.Index + 1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
        }
    }

    private void FindHalfCharacterEscape(ReadOnlySpan<byte> bytes)
    {
        if (MayHaveHalfCharacter || bytes.IsEmpty)
        {
            return;
        }

        // Across the seam: the previous read's last three bytes and this one's first three.
        Span<byte> seam = stackalloc byte[6];
        seamTail.AsSpan(0, seamTailLength).CopyTo(seam);
        var head = bytes[..Math.Min(3, bytes.Length)];
        head.CopyTo(seam[seamTailLength..]);
        MayHaveHalfCharacter = StartsHalfCharacterEscape(seam[..(seamTailLength + head.Length)]) || StartsHalfCharacterEscape(bytes);

        if (bytes.Length >= seamTail.Length)
        {
            bytes[^seamTail.Length..].CopyTo(seamTail);
            seamTailLength = seamTail.Length;
        }
        else
        {
            var kept = seam[..(seamTailLength + head.Length)];
            kept = kept[Math.Max(0, kept.Length - seamTail.Length)..];
            kept.CopyTo(seamTail);
            seamTailLength = kept.Length;
        }
    }

    /// <summary>Whether the text has <c>\uD8</c> to <c>\uDF</c> (either case): the start of an escape for half a character.</summary>
    private static bool StartsHalfCharacterEscape(ReadOnlySpan<byte> text)
    {
        for (var at = text.IndexOf("\\u"u8); at >= 0 && at + 3 < text.Length; at = NextEscape(text, at))
        {
            if ((text[at + 2] | 0x20) == 'd' && text[at + 3] is (>= (byte)'8' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F'))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextEscape(ReadOnlySpan<byte> text, int at)
    {
        var next = text[(at + 1)..].IndexOf("\\u"u8);
        return next < 0 ? -1 : at + 1 + next;
    }

    /// <summary>Reads every property name and string value; false when one is not text (half a character).</summary>
    private static bool AllStringsRead(JsonElement element)
    {
        try
        {
            Read(element);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        static void Read(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        _ = property.Name;
                        Read(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Read(item);
                    }

                    break;
            }
        }
    }
}
