using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MarketingAutomation.Delivery.Tests.Infrastructure;

/// <summary>
/// A scripted SMTP server for the connection tests: it counts connections and messages, and can
/// hang up right after accepting each message without a word, as a server whose idle timeout
/// closed a kept connection would look to the client.
/// </summary>
internal sealed class CountingSmtpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly bool hangUpAfterEachMessage;
    private int connections;
    private int messages;
    private int dataCommands;

    public CountingSmtpServer(bool hangUpAfterEachMessage)
    {
        this.hangUpAfterEachMessage = hangUpAfterEachMessage;
        listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public int Connections => Volatile.Read(ref connections);

    /// <summary>Messages whose data ended (the lone dot), which is when the server holds them.</summary>
    public int Messages => Volatile.Read(ref messages);

    /// <summary>DATA commands answered: the client is past the envelope and about to write the data.</summary>
    public int DataCommands => Volatile.Read(ref dataCommands);

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
                        await writer.WriteAsync("250-counting server\r\n250 8BITMIME\r\n");
                        break;
                    case "DATA":
                        Interlocked.Increment(ref dataCommands);
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        while (await reader.ReadLineAsync() is { } data && data != ".")
                        {
                        }

                        Interlocked.Increment(ref messages);
                        await writer.WriteLineAsync("250 queued");
                        if (hangUpAfterEachMessage)
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
}
