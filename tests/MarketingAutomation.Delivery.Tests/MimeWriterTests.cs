using System.Text;
using MarketingAutomation.Delivery.Email;
using MarketingAutomation.Delivery.Rendering;
using MarketingAutomation.Delivery.Tests.Infrastructure;
using MimeKit;

namespace MarketingAutomation.Delivery.Tests;

/// <summary>
/// The bytes the email channel writes, read back by MimeKit's parser (as a receiver would): every
/// header and part comes back as it was given, and every line is 7-bit and of legal length.
/// </summary>
public sealed class MimeWriterTests
{
    /// <summary>Pieces that stress the encodings: line breaks of each kind, trailing blanks, '=' and "=?", dots, non-ASCII, controls.</summary>
    private static readonly string[] Pieces =
    [
        "plain words", " ", "  ", "\t", "\n", "\r\n", "\r", "=", "=?utf-8?B?eA==?=", "=3D", ".", "\n.\n", "From ",
        "zażółć gęślą jaźń", "Grüße", "日本語のテキスト", "🙂☕", "\0", "\u0001", "<b class=\"a=1&b=2\">bold</b>",
        new string('x', 120), new string('é', 50), "trailing space \n", "tab\t\r\n", "--", "=_", "\"quoted\" \\ back",
    ];

    [Fact]
    public void Random_subjects_bodies_and_names_read_back_as_written()
    {
        var random = new Random(20261125);
        for (var round = 0; round < 400; round++)
        {
            var subject = Text(random, 6).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
            var text = Text(random, 30);
            var html = Text(random, 30);
            var name = Text(random, 3).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
            var options = Channels.SmtpOptions(25);
            options.FromName = name;
            var message = Shop.Email("welcome_1", key: $"c{round}:1", transactional: round % 2 == 0);
            var rendered = new RenderedMessage(subject, null, html, text, []);

            var wire = EmailComposer.Compose(message, rendered, Shop.Links(message), options, new MailboxAddress(name, "ala@example.com"), Channels.Now);
            var parsed = Wire.Parse(wire);

            var context = $"round {round}";
            Assert.True(Normalised(subject) == Normalised(parsed.Subject), context);
            Assert.True(name.Trim() == (parsed.From.Mailboxes.Single().Name ?? string.Empty).Trim(), context);
            Assert.Equal("hello@shop.example.com", parsed.From.Mailboxes.Single().Address);
            Assert.Equal("ala@example.com", parsed.To.Mailboxes.Single().Address);
            Assert.Equal(Channels.Now, parsed.Date);
            Assert.Contains(Lines(html), Lines(parsed.HtmlBody), StringComparison.Ordinal);
            Assert.StartsWith(Lines(text), Lines(parsed.TextBody), StringComparison.Ordinal);
            AssertSevenBitWithLegalLines(wire.Data.Span, context);
        }
    }

    [Fact]
    public void A_domain_that_is_not_ascii_is_written_in_its_ascii_form()
    {
        var message = Shop.Email("welcome_1");
        var rendered = new RenderedMessage("Hi", null, "<p>Hi</p>", "Hi", []);

        var wire = EmailComposer.Compose(message, rendered, Shop.Links(message), Channels.SmtpOptions(25), new MailboxAddress("Zoë", "ala@bücher.example"), Channels.Now);

        Assert.Contains("<ala@xn--bcher-kva.example>", Encoding.ASCII.GetString(wire.Data.Span), StringComparison.Ordinal);
        Assert.Equal("ala@bücher.example", Wire.Parse(wire).To.Mailboxes.Single().Address);
        AssertSevenBitWithLegalLines(wire.Data.Span, "IDN");
    }

    [Fact]
    public void A_subject_with_a_word_too_long_to_fold_still_keeps_every_line_legal()
    {
        var message = Shop.Email("welcome_1");
        var subject = new string('a', 2_000) + " and a little more";
        var rendered = new RenderedMessage(subject, null, "<p>Hi</p>", "Hi", []);

        var wire = EmailComposer.Compose(message, rendered, Shop.Links(message), Channels.SmtpOptions(25), MailboxAddress.Parse("ala@example.com"), Channels.Now);

        Assert.Equal(subject, Wire.Parse(wire).Subject);
        AssertSevenBitWithLegalLines(wire.Data.Span, "long word");
    }

    [Fact]
    public void What_the_smtp_client_writes_is_the_bytes_themselves()
    {
        var message = Shop.Email("welcome_1");
        var rendered = new RenderedMessage("Grüße", "pre", "<p>zażółć</p>", "zażółć", []);
        var wire = EmailComposer.Compose(message, rendered, Shop.Links(message), Channels.SmtpOptions(25), MailboxAddress.Parse("ala@example.com"), Channels.Now);
        var written = new MemoryStream();
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = NewLineFormat.Dos;

        wire.Prepare(EncodingConstraint.SevenBit, 78);
        wire.WriteTo(options, written);

        Assert.Equal(wire.Data.ToArray(), written.ToArray());
    }

    private static string Text(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (var i = random.Next(pieces + 1); i > 0; i--)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    /// <summary>
    /// The text without its CRs: the wire has CRLF line breaks, and a lone CR goes as "=0D", which
    /// MimeKit's reader folds into a line break that follows it.
    /// </summary>
    private static string Lines(string? text) => (text ?? string.Empty).Replace("\r", string.Empty, StringComparison.Ordinal);

    /// <summary>MimeKit trims a header's value and joins folded lines; compared the same way.</summary>
    private static string Normalised(string? value) => (value ?? string.Empty).Trim();

    /// <summary>Every byte 7-bit, every line ending in CRLF and at most 998 long; past the headers (the parts, quoted-printable) at most 76.</summary>
    private static void AssertSevenBitWithLegalLines(ReadOnlySpan<byte> data, string context)
    {
        var bodyStart = data.IndexOf("\r\n\r\n"u8);
        var line = 0;
        for (var i = 0; i < data.Length; i++)
        {
            Assert.True(data[i] < 0x80, $"{context}: byte {data[i]:X2} at {i} is not 7-bit");
            if (data[i] == '\n')
            {
                Assert.True(i > 0 && data[i - 1] == '\r', $"{context}: a bare LF at {i}");
                line = 0;
            }
            else if (data[i] != '\r' || i + 1 >= data.Length || data[i + 1] != '\n')
            {
                Assert.True(data[i] != '\r', $"{context}: a bare CR at {i}");
                line++;
                Assert.True(line <= (i > bodyStart ? 76 : 998), $"{context}: a line of {line} at {i}");
            }
        }
    }
}
