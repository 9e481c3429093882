using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MarketingAutomation.LoadTest;

/// <summary>
/// A minimal SMTP receiver on loopback for the load test: it speaks just enough SMTP for the
/// server's mail client (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), accepts every message and
/// notes when each arrived, for whom, and its Message-ID. A Python receiver could not keep up
/// with the rates measured here; this one costs a few microseconds a message.
/// </summary>
internal sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;

    public SmtpSink()
    {
        listener.Start(backlog: 512);
        accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Every message received, in arrival order.</summary>
    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        client.NoDelay = true;
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.Latin1, false, 16 * 1024, leaveOpen: true);
            await using var writer = new StreamWriter(stream, Encoding.Latin1, 1024, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 load-test sink ready");
            var recipients = new List<string>();
            while (await reader.ReadLineAsync(stopping.Token) is { } line)
            {
                var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteAsync("250-load-test sink\r\n250 8BITMIME\r\n");
                        break;
                    case "HELO":
                    case "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "MAIL":
                        recipients.Clear();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RCPT":
                        recipients.Add(Address(line));
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RSET":
                        recipients.Clear();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        var messageId = await ReadDataAsync(reader);
                        var at = Stopwatch.GetTimestamp();
                        foreach (var recipient in recipients)
                        {
                            Received.Enqueue(new ReceivedMail(recipient, messageId, at));
                        }

                        await writer.WriteLineAsync("250 OK queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 not implemented");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away, or the sink is stopping: nothing to keep.
        }
    }

    /// <summary>Reads the message up to the lone dot and returns its Message-ID header (or an empty string).</summary>
    private async Task<string> ReadDataAsync(StreamReader reader)
    {
        var messageId = string.Empty;
        var inHeaders = true;
        while (await reader.ReadLineAsync(stopping.Token) is { } line)
        {
            if (line == ".")
            {
                break;
            }

            if (inHeaders)
            {
                if (line.Length == 0)
                {
                    inHeaders = false;
                }
                else if (line.StartsWith("Message-ID:", StringComparison.OrdinalIgnoreCase))
                {
                    messageId = line["Message-ID:".Length..].Trim();
                }
            }
        }

        return messageId;
    }

    // "RCPT TO:<ala@example.com>" → "ala@example.com"
    private static string Address(string line)
    {
        var open = line.IndexOf('<');
        var close = line.IndexOf('>', open + 1);
        return open >= 0 && close > open ? line[(open + 1)..close] : line[(line.IndexOf(':') + 1)..].Trim();
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        stopping.Dispose();
    }
}

/// <summary>One delivered message: to whom, its Message-ID, and when it arrived (a <see cref="Stopwatch"/> timestamp).</summary>
internal sealed record ReceivedMail(string Recipient, string MessageId, long ArrivedAt);
