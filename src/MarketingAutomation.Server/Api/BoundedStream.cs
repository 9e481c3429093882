namespace MarketingAutomation.Server.Api;

/// <summary>
/// A request body read through a limit: reading past <c>limit</c> bytes throws
/// <see cref="LimitPassedException"/>, so a body of no declared length (chunked) is refused as
/// soon as it is too large, not after it has all been taken in. What is read also goes through the
/// text check, when one is given.
/// </summary>
internal sealed class BoundedStream(Stream inner, long limit, Utf8BodyCheck? text = null) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));
        return Seen(buffer.Span[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Seen(buffer.AsSpan(offset, Count(inner.Read(buffer, offset, count))));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Hands what was read to the text check (the end of the body when nothing was), and returns how much it was.</summary>
    private int Seen(ReadOnlySpan<byte> read)
    {
        if (read.IsEmpty)
        {
            text?.End();
        }
        else
        {
            text?.Add(read);
        }

        return read.Length;
    }

    private int Count(int read)
    {
        BytesRead += read;
        return BytesRead > limit ? throw new LimitPassedException() : read;
    }

    /// <summary>The body went past the limit.</summary>
    public sealed class LimitPassedException : IOException
    {
        public LimitPassedException()
            : base("the body is larger than the limit")
        {
        }
    }
}
