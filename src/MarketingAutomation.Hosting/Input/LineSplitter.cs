namespace MarketingAutomation.Hosting.Input;

/// <summary>
/// Splits a stream into lines of bytes (LF or CRLF), dropping a leading UTF-8 byte order mark.
/// Decoding is left to the caller, so a line of invalid UTF-8 spoils only itself; a line longer
/// than <see cref="MaxLineBytes"/> is reported as too long instead of growing a buffer without end.
/// </summary>
public static class LineSplitter
{
    public const int MaxLineBytes = 1024 * 1024;

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static IEnumerable<RawLine> Split(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        var tooLong = false;
        var number = 1;
        var atStart = true;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var offset = 0;
            if (atStart)
            {
                atStart = false;
                if (read >= 3 && buffer.AsSpan(0, 3).SequenceEqual(ByteOrderMark))
                {
                    offset = 3;
                }
            }

            while (offset < read)
            {
                var newline = Array.IndexOf(buffer, (byte)'\n', offset, read - offset);
                var end = newline < 0 ? read : newline;
                if (!tooLong)
                {
                    if (line.Length + (end - offset) > MaxLineBytes)
                    {
                        tooLong = true;
                        line.SetLength(0);
                    }
                    else
                    {
                        line.Write(buffer, offset, end - offset);
                    }
                }

                if (newline < 0)
                {
                    break;
                }

                yield return Finish(line, number++, tooLong);
                tooLong = false;
                offset = newline + 1;
            }
        }

        if (line.Length > 0 || tooLong)
        {
            yield return Finish(line, number, tooLong);
        }
    }

    private static RawLine Finish(MemoryStream line, int number, bool tooLong)
    {
        var bytes = line.ToArray();
        line.SetLength(0);
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        return new RawLine(number, tooLong ? [] : bytes, tooLong);
    }
}
