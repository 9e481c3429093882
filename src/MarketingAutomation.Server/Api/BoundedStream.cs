namespace MarketingAutomation.Server.Api;

/// <summary>
/// A request body read through a limit: reading past <c>limit</c> bytes throws
/// <see cref="LimitPassedException"/>, so a body of no declared length (chunked) is refused as
/// soon as it is too large, not after it has all been taken in.
/// </summary>
internal sealed class BoundedStream(Stream inner, long limit) : Stream
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

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

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
