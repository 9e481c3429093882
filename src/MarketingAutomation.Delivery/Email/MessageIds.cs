using System.Text;

namespace MarketingAutomation.Delivery.Email;

/// <summary>
/// The Message-ID of an outbound item, made from its idempotency key so that a retry of the same
/// item carries the same ID and a receiver can drop the repeat.
/// </summary>
public static class MessageIds
{
    /// <summary>The ID without angle brackets: <c>{key}@{domain}</c>, the key written in letters, digits, <c>-</c> and <c>_</c> only.</summary>
    public static string For(string key, string domain) => $"{LocalPart(key)}@{domain}";

    /// <summary>
    /// Keys such as <c>c42:7</c> hold characters a Message-ID may not; every other byte is written
    /// as <c>=XX</c> (hex of its UTF-8), which keeps distinct keys distinct.
    /// </summary>
    public static string LocalPart(string key)
    {
        var result = new StringBuilder(key.Length + 8);
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                result.Append(c);
            }
            else
            {
                result.Append('=').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// The key a Message-ID was made from (with or without angle brackets), as a bounce report
    /// quotes it; false for an ID this server did not make.
    /// </summary>
    public static bool TryKeyOf(string messageId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? key)
    {
        key = null;
        var id = messageId.Trim().TrimStart('<').TrimEnd('>');
        var at = id.LastIndexOf('@');
        if (at <= 0)
        {
            return false;
        }

        var bytes = new List<byte>(at);
        for (var i = 0; i < at; i++)
        {
            var c = id[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                bytes.Add((byte)c);
            }
            else if (c == '=' && i + 2 < at && byte.TryParse(id.AsSpan(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var b))
            {
                bytes.Add(b);
                i += 2;
            }
            else
            {
                return false;
            }
        }

        try
        {
            key = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray());
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
