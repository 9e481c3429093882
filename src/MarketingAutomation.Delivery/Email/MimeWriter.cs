using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using MimeKit;

namespace MarketingAutomation.Delivery.Email;

/// <summary>
/// Writes an email's bytes as they go on the wire (RFC 5322 headers, MIME parts), every line
/// ending in CRLF and every byte 7-bit: non-ASCII header text as RFC 2047 encoded words, bodies
/// quoted-printable.
/// </summary>
/// <remarks>
/// The email channel used to build a MimeKit object tree and let the SMTP client serialise it
/// twice (once to measure it, once to send it): a quarter of the server's CPU while it sent mail.
/// Writing the bytes once costs a fraction of that (docs/delivery.md gives the saving). Being
/// 7-bit, the bytes need nothing of the server (no 8BITMIME or SMTPUTF8) except for a mailbox
/// whose local part is not ASCII, which can only be written as it is (RFC 6532).
/// </remarks>
internal sealed class MimeWriter
{
    /// <summary>RFC 5322's recommended line length; header words are folded to stay within it.</summary>
    private const int FoldAt = 78;

    /// <summary>RFC 2045: a quoted-printable line holds at most 76 characters, a soft break's '=' included.</summary>
    private const int QuotedPrintableLine = 76;

    /// <summary>UTF-8 bytes per encoded word: 45 give 60 base64 characters, 72 with the markers, under RFC 2047's 75.</summary>
    private const int EncodedWordBytes = 45;

    /// <summary>A word no fold can split: past this, a header goes as encoded words (split anywhere), so no line reaches RFC 5322's limit of 998.</summary>
    private const int LongestFoldableWord = 900;

    private static readonly byte[] CrLf = "\r\n"u8.ToArray();

    private readonly ArrayBufferWriter<byte> output = new(8 * 1024);

    /// <summary>A header of free text (Subject, X-Template): written as it is when plain ASCII, else as encoded words.</summary>
    public void TextHeader(string name, string value)
    {
        if (IsPlainAscii(value) && !value.Contains("=?", StringComparison.Ordinal) && LongestWord(value) <= LongestFoldableWord)
        {
            AsciiFolded(name, value);
        }
        else
        {
            Ascii(name);
            Ascii(":");
            EncodedWords(value);
            Ascii(CrLf);
        }
    }

    /// <summary>A header whose value is ASCII by construction (Message-ID, a URL in angle brackets); anything else in it is percent-encoded.</summary>
    public void TokenHeader(string name, string value)
    {
        Ascii(name);
        Ascii(": ");
        if (!value.AsSpan().ContainsAnyExceptInRange('!', '~'))
        {
            // The usual case, written at once rather than byte by byte.
            Ascii(value);
            Ascii(CrLf);
            return;
        }

        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is > 0x20 and < 0x7F)
            {
                output.Write([b]);
            }
            else
            {
                Ascii($"%{b:X2}");
            }
        }

        Ascii(CrLf);
    }

    /// <summary>From or To: the display name quoted (or as encoded words when not ASCII), then the address.</summary>
    public void AddressHeader(string name, MailboxAddress mailbox)
    {
        Ascii(name);
        Ascii(":");
        if (string.IsNullOrWhiteSpace(mailbox.Name))
        {
            Ascii(" ");
            Address(mailbox.Address);
        }
        else
        {
            // A parser may decode "=?" words even inside quotes, so a name holding one is encoded.
            if (IsPlainAscii(mailbox.Name) && !mailbox.Name.Contains("=?", StringComparison.Ordinal))
            {
                Ascii(" \"");
                Ascii(mailbox.Name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal));
                Ascii("\"");
            }
            else
            {
                EncodedWords(mailbox.Name);
            }

            Ascii(" <");
            Address(mailbox.Address);
            Ascii(">");
        }

        Ascii(CrLf);
    }

    /// <summary>The Date header, in RFC 5322's format.</summary>
    public void DateHeader(DateTimeOffset at) =>
        Ascii("Date: " + at.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture) + "\r\n");

    /// <summary>A line of ASCII, as given, and its CRLF.</summary>
    public void Line(string ascii)
    {
        Ascii(ascii);
        Ascii(CrLf);
    }

    /// <summary>
    /// <paramref name="text"/> as UTF-8, quoted-printable (RFC 2045, 6.7), its line breaks (LF or
    /// CRLF) as CRLF, ending in a line break.
    /// </summary>
    public void QuotedPrintable(string text)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, bytes);
            QuotedPrintable(bytes.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public byte[] ToArray() => output.WrittenSpan.ToArray();

    private void QuotedPrintable(ReadOnlySpan<byte> text)
    {
        // Each input byte takes at most 3 characters, a soft break 3 more every 25 of those.
        var span = output.GetSpan((text.Length * 3) + (text.Length / 8) + 8);
        var at = 0;
        var column = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var b = text[i];
            if (b == '\n' || (b == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                i += b == '\r' ? 1 : 0;
                span[at++] = (byte)'\r';
                span[at++] = (byte)'\n';
                column = 0;
                continue;
            }

            // Literal: printable ASCII but '='; a space or tab too, unless it ends a line (where
            // a transport may strip it).
            var next = i + 1;
            var endsLine = next == text.Length || text[next] == '\n' || (text[next] == '\r' && next + 1 < text.Length && text[next + 1] == '\n');
            var literal = (b is > 0x20 and < 0x7F && b != '=') || (b is (byte)' ' or (byte)'\t' && !endsLine);
            var width = literal ? 1 : 3;

            // Room is kept for the '=' of a soft break, unless this is the line's last byte.
            var limit = endsLine ? QuotedPrintableLine : QuotedPrintableLine - 1;
            if (column + width > limit)
            {
                span[at++] = (byte)'=';
                span[at++] = (byte)'\r';
                span[at++] = (byte)'\n';
                column = 0;
            }

            if (literal)
            {
                span[at++] = b;
            }
            else
            {
                span[at++] = (byte)'=';
                span[at++] = Hex(b >> 4);
                span[at++] = Hex(b & 0xF);
            }

            column += width;
        }

        span[at++] = (byte)'\r';
        span[at++] = (byte)'\n';
        output.Advance(at);
    }

    /// <summary>An ASCII header folded at spaces so that lines stay within <see cref="FoldAt"/> where words allow.</summary>
    private void AsciiFolded(string name, string value)
    {
        Ascii(name);
        Ascii(":");
        var column = name.Length + 1;
        var words = value.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            // A fold is a CRLF before the space that separates two words, so empty words (runs of
            // spaces) are kept as they are and never folded at.
            if (column + 1 + words[i].Length > FoldAt && column > name.Length + 1 && words[i].Length > 0)
            {
                Ascii(CrLf);
                column = 0;
            }

            Ascii(" ");
            Ascii(words[i]);
            column += 1 + words[i].Length;
        }

        Ascii(CrLf);
    }

    /// <summary>RFC 2047 encoded words (UTF-8, base64), one to a line, never splitting a character.</summary>
    private void EncodedWords(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var start = 0;
        var first = true;
        while (start < bytes.Length || first)
        {
            var end = Math.Min(start + EncodedWordBytes, bytes.Length);
            while (end < bytes.Length && (bytes[end] & 0xC0) == 0x80)
            {
                end--;
            }

            Ascii(first ? " =?utf-8?B?" : "\r\n =?utf-8?B?");
            var chunk = bytes.AsSpan(start, end - start);
            var encoded = output.GetSpan(Base64.GetMaxEncodedToUtf8Length(chunk.Length));
            Base64.EncodeToUtf8(chunk, encoded, out _, out var written);
            output.Advance(written);
            Ascii("?=");
            start = end;
            first = false;
        }
    }

    /// <summary>The address, its domain in ASCII (IDNA) when it is not; a non-ASCII local part stays UTF-8 (RFC 6532).</summary>
    private void Address(string address)
    {
        var at = address.LastIndexOf('@');
        if (IsPlainAscii(address) || at < 0)
        {
            Utf8(address);
            return;
        }

        Utf8(address[..(at + 1)]);
        Utf8(AsciiDomain(address[(at + 1)..]));
    }

    /// <summary>
    /// A domain as it may be written in a header: its IDNA (punycode) form when it is not ASCII. One
    /// IDNA refuses stays as it is, in UTF-8 (RFC 6532): the SMTP server then takes or refuses it,
    /// and a refusal is recorded as the send's failure.
    /// </summary>
    public static string AsciiDomain(string domain)
    {
        if (IsPlainAscii(domain))
        {
            return domain;
        }

        try
        {
            return new IdnMapping().GetAscii(domain);
        }
        catch (ArgumentException)
        {
            return domain;
        }
    }

    private void Ascii(string text) => Utf8(text);

    private void Ascii(ReadOnlySpan<byte> bytes) => output.Write(bytes);

    private void Utf8(string text)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        output.Advance(Encoding.UTF8.GetBytes(text, span));
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    private static int LongestWord(string text)
    {
        var longest = 0;
        foreach (var word in text.Split(' '))
        {
            longest = Math.Max(longest, word.Length);
        }

        return longest;
    }

    private static byte Hex(int nibble) => (byte)(nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
}
