using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MarketingAutomation.Delivery.Tests.Infrastructure;

/// <summary>
/// A scripted SMTP server for the connection tests: it counts connections, messages and the bytes
/// of their data, can announce extra extensions (and then takes BDAT as well as DATA), and can
/// hang up right after accepting each message without a word, as a server whose idle timeout
/// closed a kept connection would look to the client.
/// </summary>
internal sealed class CountingSmtpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly bool hangUpAfterEachMessage;
    private readonly string[] extensions;
    private int connections;
    private int messages;
    private int dataCommands;
    private int bdatCommands;
    private long dataBytes;

    /// <param name="extensions">Announced after 8BITMIME, for example CHUNKING and BINARYMIME.</param>
    public CountingSmtpServer(bool hangUpAfterEachMessage, params string[] extensions)
    {
        this.hangUpAfterEachMessage = hangUpAfterEachMessage;
        this.extensions = ["8BITMIME", .. extensions];
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public int Connections => Volatile.Read(ref connections);

    /// <summary>Messages whose data ended (the lone dot), which is when the server holds them.</summary>
    public int Messages => Volatile.Read(ref messages);

    /// <summary>DATA commands answered: the client is past the envelope and about to write the data.</summary>
    public int DataCommands => Volatile.Read(ref dataCommands);

    /// <summary>BDAT commands taken: message data sent in chunks, which the server holds at their last byte.</summary>
    public int BdatCommands => Volatile.Read(ref bdatCommands);

    /// <summary>Bytes of message data received so far (each data line with its line break), the message under way included.</summary>
    public long DataBytes => Interlocked.Read(ref dataBytes);

    public void Dispose() => listener.Stop();

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref connections);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.Latin1);
            await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 counting server ready");
            while (await reader.ReadLineAsync() is { } line)
            {
                var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteAsync($"250-counting server\r\n{string.Concat(extensions[..^1].Select(e => $"250-{e}\r\n"))}250 {extensions[^1]}\r\n");
                        break;
                    case "DATA":
                        Interlocked.Increment(ref dataCommands);
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        while (await reader.ReadLineAsync() is { } data && data != ".")
                        {
                            Interlocked.Add(ref dataBytes, data.Length + 2);
                        }

                        if (!await TakeMessageAsync(writer))
                        {
                            return;
                        }

                        break;
                    case "BDAT":
                        // BDAT <size> LAST: the one chunk of a message, read as bytes (Latin-1 maps each to one char).
                        Interlocked.Increment(ref bdatCommands);
                        var chunk = new char[int.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)];
                        for (var read = 0; read < chunk.Length;)
                        {
                            var got = await reader.ReadAsync(chunk.AsMemory(read));
                            if (got == 0)
                            {
                                return;
                            }

                            read += got;
                            Interlocked.Add(ref dataBytes, got);
                        }

                        if (!await TakeMessageAsync(writer))
                        {
                            return;
                        }

                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 OK");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // The client went away: nothing to keep.
        }
    }

    /// <summary>Counts and accepts a message whose data has ended; false when the connection is to be hung up now.</summary>
    private async Task<bool> TakeMessageAsync(StreamWriter writer)
    {
        Interlocked.Increment(ref messages);
        await writer.WriteLineAsync("250 queued");
        return !hangUpAfterEachMessage;
    }
}
