using System.Text;
using MarketingAutomation.Server.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MarketingAutomation.Server.Tests.Api;

/// <summary>Reading request bodies as JSON: the answers for each way a body can be wrong, declared or chunked.</summary>
public sealed class JsonBodyTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_is_parsed_whether_or_not_it_declares_its_length(bool declared)
    {
        var (document, problem) = await JsonBody.ReadAsync(Request("""{"events": [1, 2]}""", declared), limit: 1024);

        using (document)
        {
            Assert.Null(problem);
            Assert.Equal(2, document!.RootElement.GetProperty("events").GetArrayLength());
        }
    }

    [Fact]
    public async Task A_body_that_starts_with_a_byte_order_mark_is_read_as_the_json_after_it()
    {
        // Some tools (PowerShell among them) write one before UTF-8 text.
        var (document, problem) = await JsonBody.ReadAsync(Request("\uFEFF{\"a\": 1}", declared: true), limit: 1024);

        using (document)
        {
            Assert.Null(problem);
            Assert.Equal(1, document!.RootElement.GetProperty("a").GetInt32());
        }
    }

    [Theory]
    [InlineData("", "The body is empty: send a JSON document.")]
    [InlineData("   ", "The body is not valid JSON at line 1, byte 4.")]
    [InlineData("{\"a\": 1,\n\"b\" 2}", "The body is not valid JSON at line 2, byte 5.")]
    public async Task A_body_that_is_not_json_is_a_400_that_says_where_it_broke(string body, string detail)
    {
        foreach (var declared in new[] { true, false })
        {
            var (document, problem) = await JsonBody.ReadAsync(Request(body, declared), limit: 1024);

            Assert.Null(document);
            var answer = Assert.IsType<ProblemHttpResult>(problem);
            Assert.Equal(StatusCodes.Status400BadRequest, answer.StatusCode);
            Assert.Equal(detail, answer.ProblemDetails.Detail);
        }
    }

    [Fact]
    public async Task A_chunked_body_is_refused_as_soon_as_it_passes_the_limit()
    {
        var endless = new EndlessSpaces();
        var context = new DefaultHttpContext();
        context.Request.Body = endless;

        var (document, problem) = await JsonBody.ReadAsync(context.Request, limit: 1024);

        Assert.Null(document);
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, Assert.IsType<ProblemHttpResult>(problem).StatusCode);
        Assert.InRange(endless.Served, 1025, 1024 + (64 * 1024));
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading()
    {
        var endless = new EndlessSpaces();
        var context = new DefaultHttpContext();
        context.Request.Body = endless;
        context.Request.ContentLength = 2048;

        var (_, problem) = await JsonBody.ReadAsync(context.Request, limit: 1024);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, Assert.IsType<ProblemHttpResult>(problem).StatusCode);
        Assert.Equal(0, endless.Served);
    }

    private static HttpRequest Request(string body, bool declared)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentLength = declared ? bytes.Length : null;
        return context.Request;
    }

    /// <summary>A body that never ends, counting what it has handed out.</summary>
    private sealed class EndlessSpaces : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
