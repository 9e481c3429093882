using System.Text;
using MimeKit;

namespace MarketingAutomation.Delivery.Email;

/// <summary>
/// An email already written out (<see cref="MimeWriter"/>), in the shape the SMTP client sends: a
/// MimeKit message whose writing copies those bytes, and whose preparing does nothing, since they
/// are 7-bit with lines of legal length already.
/// </summary>
/// <remarks>
/// MimeKit writes a message as its headers, a blank line and its body's content, and none of that
/// can be overridden; the SMTP client sends nothing but such a message. So the header block rides
/// as the raw value of the message's one header object (its first header, whose value runs on
/// through the lines of the others), and the body is an entity with no headers whose content is
/// the rest of the bytes. The first header must be one MimeKit does not read into a property
/// (an <c>X-</c> header): it would try to read the whole block as, say, a From address.
/// The envelope is given to the client separately (<see cref="EnvelopeFrom"/>, <see cref="EnvelopeTo"/>).
/// </remarks>
internal sealed class WireEmail : MimeMessage
{
    private static readonly byte[] BlankLine = "\r\n\r\n"u8.ToArray();

    public WireEmail(byte[] data, MailboxAddress envelopeFrom, MailboxAddress envelopeTo)
        : base((IEnumerable<Header>)[HeaderBlock(data)])
    {
        Data = data;
        EnvelopeFrom = envelopeFrom;
        EnvelopeTo = envelopeTo;
        var body = new Content(data.AsMemory(data.AsSpan().IndexOf(BlankLine) + BlankLine.Length));
        body.Headers.Clear();
        Body = body;
    }

    /// <summary>The whole message: headers, a blank line, the body; CRLF line breaks.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    public MailboxAddress EnvelopeFrom { get; }

    public MailboxAddress EnvelopeTo { get; }

    public override void Prepare(EncodingConstraint constraint, int maxLineLength = 78)
    {
    }

    private static Header HeaderBlock(byte[] data)
    {
        var end = data.AsSpan().IndexOf(BlankLine);
        var colon = data.AsSpan().IndexOf((byte)':');
        if (end < 0 || colon < 0 || colon > end)
        {
            throw new ArgumentException("An email's bytes start with headers and a blank line.", nameof(data));
        }

        var field = Encoding.ASCII.GetString(data, 0, colon);
        if (!field.StartsWith("X-", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"An email's first header must be an X- header, not {field}.", nameof(data));
        }

        var header = new Header(field, string.Empty);
        header.SetRawValue(data[(colon + 1)..(end + 2)]);
        return header;
    }

    /// <summary>The body's bytes, written as they are.</summary>
    private sealed class Content(ReadOnlyMemory<byte> bytes) : MimeEntity(new ContentType("multipart", "alternative"))
    {
        public override void Prepare(EncodingConstraint constraint, int maxLineLength = 78)
        {
        }

        public override void WriteTo(FormatOptions options, Stream stream, bool contentOnly, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(stream);
            cancellationToken.ThrowIfCancellationRequested();
            stream.Write(bytes.Span);
        }

        public override Task WriteToAsync(FormatOptions options, Stream stream, bool contentOnly, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(stream);
            return stream.WriteAsync(bytes, cancellationToken).AsTask();
        }
    }
}
