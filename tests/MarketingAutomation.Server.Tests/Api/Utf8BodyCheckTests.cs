using System.Text;
using System.Text.Json;
using MarketingAutomation.Server.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MarketingAutomation.Server.Tests.Api;

/// <summary>A JSON body's text is checked as it streams in, wherever the reads happen to split it.</summary>
public sealed class Utf8BodyCheckTests
{
    private const string HalfCharacter = "The body has a \\u escape for half a character (one of \\uD800 to \\uDFFF without its other half): send the character itself, or both halves.";

    public static TheoryData<string> GoodBodies => new()
    {
        """{"name": "Zażółć gęślą jaźń", "emoji": "😀", "cjk": "東京"}""",
        """{"pair": "\ud83d\ude00", "upper": "\uD83D\uDE00"}""",
        """{"bmp": "\u00e9\u4e2d", "path": "C:\\ud800"}""",
    };

    [Theory]
    [MemberData(nameof(GoodBodies))]
    public void Good_text_passes_however_the_reads_split_it(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var document = JsonDocument.Parse(bytes);
        for (var split = 0; split <= bytes.Length; split++)
        {
            Assert.Null(Check(bytes, split).Problem(document));
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D }, 7)] // {"a":"ÿ"} with a bare 0xFF
    [InlineData(new byte[] { 0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC3, 0x22, 0x7D }, 7)] // a lead byte with no continuation
    [InlineData(new byte[] { 0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x7D }, 7)] // a surrogate written as UTF-8
    [InlineData(new byte[] { 0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC0, 0xAF, 0x22, 0x7D }, 7)] // an overlong '/'
    public void A_byte_that_is_not_utf8_is_found_wherever_the_reads_split(byte[] bytes, long at)
    {
        for (var split = 0; split <= bytes.Length; split++)
        {
            var check = Check(bytes, split);
            Assert.Equal(at, check.InvalidByte);
            var problem = Assert.IsType<ProblemHttpResult>(check.Problem(JsonDocument.Parse("{}")));
            Assert.Equal($"The body is not valid UTF-8 text (byte {at}): send JSON as UTF-8.", problem.ProblemDetails.Detail);
        }
    }

    [Fact]
    public void A_character_left_unfinished_at_the_end_is_not_utf8()
    {
        var check = new Utf8BodyCheck();
        check.Add([0x22, 0xE6, 0x9D]);
        Assert.Null(check.InvalidByte);
        check.End();
        Assert.NotNull(check.InvalidByte);
    }

    [Theory]
    [InlineData("""{"contact": "a\ud800b"}""")]
    [InlineData("""{"contact": "a\uDFFFb"}""")]
    [InlineData("""{"a\udc00": 1}""")]
    [InlineData("""[{"deep": ["x", "\ude00"]}]""")]
    public void An_escape_for_half_a_character_is_found_wherever_the_reads_split(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var document = JsonDocument.Parse(bytes);
        for (var split = 0; split <= bytes.Length; split++)
        {
            var check = Check(bytes, split);
            Assert.True(check.MayHaveHalfCharacter, $"split at {split}");
            Assert.Equal(HalfCharacter, Assert.IsType<ProblemHttpResult>(check.Problem(document)).ProblemDetails.Detail);
        }
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("\ud800ab")]
    [InlineData("a\ud800")]
    [InlineData("\udc00")]
    public async Task A_lone_surrogate_a_client_serialised_as_an_escape_is_a_400_from_the_body_reader(string contact)
    {
        var body = JsonSerializer.Serialize(new { id = "e1", contact, @event = "signed_up" }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var isText = !contact.Any(char.IsSurrogate);
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));

        var (document, problem) = await JsonBody.ReadAsync(context.Request, 1024);
        using (document)
        {
            Assert.Equal(isText, document is not null);
            Assert.Equal(isText, problem is null);
        }
    }

    /// <summary>The bytes fed in two reads, split at <paramref name="split"/>, then the end.</summary>
    private static Utf8BodyCheck Check(byte[] bytes, int split)
    {
        var check = new Utf8BodyCheck();
        check.Add(bytes.AsSpan(0, split));
        check.Add(bytes.AsSpan(split));
        check.End();
        return check;
    }
}
