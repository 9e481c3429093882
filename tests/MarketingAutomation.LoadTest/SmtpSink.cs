using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MarketingAutomation.LoadTest;

/// <summary>
/// A minimal SMTP receiver on loopback for the load test: it speaks just enough SMTP for the
/// server's mail client (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT, with PIPELINING as real relays
/// offer it), accepts every message and notes when each arrived, for whom, and its Message-ID. A
/// Python receiver could not keep up with the rates measured here; this one costs a few
/// microseconds a message.
/// </summary>
/// <remarks>
/// A thread per connection with blocking I/O, as a relay is a process of its own: served on this
/// tool's thread pool, which is busy sending the events, each reply waited behind that work and
/// the latencies measured the load tool as much as the server.
/// </remarks>
internal sealed class SmtpSink : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Thread accepting;
    private readonly TimeSpan acceptDelay;

    /// <param name="acceptDelay">How long the sink takes to accept each message once its data is in: a relay that syncs it to its queue first, or sits a network round trip away.</param>
    public SmtpSink(TimeSpan acceptDelay = default)
    {
        this.acceptDelay = acceptDelay;
        listener.Start(backlog: 512);
        accepting = new Thread(Accept) { IsBackground = true, Name = "smtp sink" };
        accepting.Start();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Every message received, in arrival order.</summary>
    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    private void Accept()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = listener.AcceptTcpClient();
            }
            catch (Exception e) when (e is ObjectDisposedException or SocketException or InvalidOperationException)
            {
                return;
            }

            new Thread(() => Serve(client)) { IsBackground = true, Name = "smtp sink connection" }.Start();
        }
    }

    private void Serve(TcpClient client)
    {
        using var _ = client;
        client.NoDelay = true;
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.Latin1, false, 16 * 1024, leaveOpen: true);
            using var writer = new StreamWriter(stream, Encoding.Latin1, 1024, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
            writer.WriteLine("220 load-test sink ready");
            var recipients = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        writer.WriteLine("250-load-test sink\r\n250-PIPELINING\r\n250 8BITMIME");
                        break;
                    case "HELO":
                    case "NOOP":
                        writer.WriteLine("250 OK");
                        break;
                    case "MAIL":
                        recipients.Clear();
                        writer.WriteLine("250 OK");
                        break;
                    case "RCPT":
                        recipients.Add(Address(line));
                        writer.WriteLine("250 OK");
                        break;
                    case "RSET":
                        recipients.Clear();
                        writer.WriteLine("250 OK");
                        break;
                    case "DATA":
                        writer.WriteLine("354 end with <CRLF>.<CRLF>");
                        var messageId = ReadData(reader);
                        if (acceptDelay > TimeSpan.Zero)
                        {
                            Thread.Sleep(acceptDelay);
                        }

                        var at = Stopwatch.GetTimestamp();
                        foreach (var recipient in recipients)
                        {
                            Received.Enqueue(new ReceivedMail(recipient, messageId, at));
                        }

                        writer.WriteLine("250 OK queued");
                        break;
                    case "QUIT":
                        writer.WriteLine("221 bye");
                        return;
                    default:
                        writer.WriteLine("502 not implemented");
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // The client went away, or the sink is stopping: nothing to keep.
        }
    }

    /// <summary>Reads the message up to the lone dot and returns its Message-ID header (or an empty string).</summary>
    private static string ReadData(StreamReader reader)
    {
        var messageId = string.Empty;
        var inHeaders = true;
        while (reader.ReadLine() is { } line)
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
        accepting.Join();
        stopping.Dispose();
    }
}

/// <summary>One delivered message: to whom, its Message-ID, and when it arrived (a <see cref="Stopwatch"/> timestamp).</summary>
internal sealed record ReceivedMail(string Recipient, string MessageId, long ArrivedAt);
