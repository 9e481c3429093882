using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace MarketingAutomation.Delivery.Links;

/// <summary>
/// Signs and reads the tokens of tracking and unsubscribe links. A token is the base64url of a
/// compact payload followed by its HMAC-SHA256 (cut to 16 bytes: 128 bits is beyond guessing and
/// keeps links short). Nothing is stored per link: the token itself says what it is for, and the
/// signature proves it was made here, so a click token redirects only to the URL it was signed for.
/// </summary>
public sealed class LinkSigner
{
    public const int MinimumSecretLength = 32;

    private const byte Version = 1;
    private const int MacLength = 16;

    // A link longer than this was not made here; refusing early bounds the work an attacker can cause.
    private const int MaxTokenLength = 8192;

    private readonly byte[] key;

    public LinkSigner(string secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < MinimumSecretLength)
        {
            throw new ArgumentException($"A link secret needs at least {MinimumSecretLength} characters (Delivery:LinkSecret).", nameof(secret));
        }

        key = Encoding.UTF8.GetBytes(secret);
    }

    /// <summary>A new random secret (256 bits, base64url) for a server that has none configured yet.</summary>
    public static string GenerateSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public string Sign(LinkPayload payload)
    {
        if (payload.Kind == LinkKind.Click != (payload.Target is not null))
        {
            throw new ArgumentException("A click link needs its target URL, and only a click link has one.", nameof(payload));
        }

        var body = Encode(payload);
        var token = new byte[body.Length + MacLength];
        body.CopyTo(token, 0);
        HMACSHA256.HashData(key, body).AsSpan(0, MacLength).CopyTo(token.AsSpan(body.Length));
        return Base64Url.EncodeToString(token);
    }

    /// <summary>Reads a token of any kind: the payload when it was signed with this secret, otherwise why not.</summary>
    public bool TryRead(string token, [NotNullWhen(true)] out LinkPayload? payload, [NotNullWhen(false)] out string? reason)
    {
        payload = null;
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            reason = "the link is empty or too long";
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(token);
        }
        catch (FormatException)
        {
            reason = "the link is not base64url";
            return false;
        }

        // Base64url's last character may carry unused bits; refusing non-canonical spellings
        // keeps one token per link, so no two strings pass for the same link.
        if (!string.Equals(Base64Url.EncodeToString(bytes), token, StringComparison.Ordinal))
        {
            reason = "the link is not base64url";
            return false;
        }

        if (bytes.Length <= MacLength + 2)
        {
            reason = "the link is too short";
            return false;
        }

        var body = bytes.AsSpan(0, bytes.Length - MacLength);
        var expected = HMACSHA256.HashData(key, body).AsSpan(0, MacLength);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(body.Length)))
        {
            reason = "the link's signature does not match";
            return false;
        }

        payload = Decode(body.ToArray());
        reason = payload is null ? "the link's content cannot be read" : null;
        return payload is not null;
    }

    /// <summary>Reads a token that must be of <paramref name="kind"/>: an open token is no unsubscribe token.</summary>
    public bool TryRead(string token, LinkKind kind, [NotNullWhen(true)] out LinkPayload? payload, [NotNullWhen(false)] out string? reason)
    {
        if (!TryRead(token, out payload, out reason))
        {
            return false;
        }

        if (payload.Kind != kind)
        {
            reason = $"the link was made for {payload.Kind.ToString().ToLowerInvariant()}, not for {kind.ToString().ToLowerInvariant()}";
            payload = null;
            return false;
        }

        return true;
    }

    private static byte[] Encode(LinkPayload payload)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write((byte)payload.Kind);
            writer.Write(payload.MessageKey);
            writer.Write(payload.ContactId);
            writer.Write(payload.Template);
            if (payload.Target is { } target)
            {
                writer.Write(target);
            }
        }

        return stream.ToArray();
    }

    private static LinkPayload? Decode(byte[] body)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(body), Encoding.UTF8);
            if (reader.ReadByte() != Version)
            {
                return null;
            }

            var kind = (LinkKind)reader.ReadByte();
            if (!Enum.IsDefined(kind))
            {
                return null;
            }

            var key = reader.ReadString();
            var contact = reader.ReadString();
            var template = reader.ReadString();
            var target = kind == LinkKind.Click ? reader.ReadString() : null;
            return reader.BaseStream.Position == body.Length ? new LinkPayload(kind, key, contact, template, target) : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException)
        {
            // Only a signed body gets here, so this means a token of a newer or broken format.
            return null;
        }
    }
}
