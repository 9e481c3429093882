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
}
