using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace MarketingAutomation.Delivery.Email;

/// <summary>
/// A few SMTP connections kept open between hand-overs, each owned by a sender thread of its own.
/// </summary>
/// <remarks>
/// Kept connections: a fresh connection per message costs a TCP connect, the greeting and EHLO
/// (and TLS and sign-in when configured) before the first byte of mail. A connection is kept only
/// after its last message went through; any failure closes it.
///
/// Own threads, blocking I/O: an SMTP exchange is a handful of round trips, and with asynchronous
/// I/O every reply resumes on the shared thread pool, behind whatever else is queued there. Under
/// event traffic that queue is deep (every grain call and commit passes through it), and mail
/// all but stopped while events poured in. A sender thread waits on its own socket instead, and
/// completes the caller's task on that thread: a caller blocked on it (the server's hand-over
/// lane) resumes at once, where a continuation queued on the pool waited a tenth of a second and
/// more behind the traffic. The callers' continuations are short (an outcome is classified and
/// returned), so they hold the sender only briefly.
///
/// A kept connection can be lost silently (the server's idle timeout, a restart). A message whose
/// kept connection fails for such a reason is sent once more on a fresh connection before the
/// failure counts. If the server had in fact taken the message just before the connection broke,
/// it gets it twice with the same Message-ID: the same at-least-once hand-over an outbox retry
/// makes, which the Message-ID lets a receiver drop.
/// </remarks>
internal sealed class SmtpConnectionPool : IDisposable, IAsyncDisposable
{
    /// <summary>Well under the idle timeouts SMTP servers use (RFC 5321 suggests 5 minutes), so a kept connection is rarely already gone.</summary>
    private static readonly TimeSpan MaxIdle = TimeSpan.FromSeconds(15);

    private readonly SleepingQueue<Job> jobs = new();
    private readonly SmtpOptions options;
    private readonly Thread[] senders;

    public SmtpConnectionPool(SmtpOptions options)
    {
        this.options = options;
        senders = new Thread[Math.Max(1, options.MaxConnections)];
        for (var i = 0; i < senders.Length; i++)
        {
            senders[i] = new Thread(Run) { IsBackground = true, Name = $"smtp-sender-{i}" };
            senders[i].Start();
        }
    }

    /// <summary>Sends one message; throws what the SMTP client threw, for the caller to classify.</summary>
    /// <param name="exchangeTimeout">Bounds the exchange itself (waiting for the hand-over window included); waiting for a free sender does not count against it.</param>
    /// <param name="ticket">Entered as the message data starts (<see cref="HandOverWindow"/>).</param>
    public Task SendAsync(MimeMessage message, TimeSpan exchangeTimeout, HandOverTicket ticket, CancellationToken cancellationToken)
    {
        var job = new Job(message, exchangeTimeout, ticket, cancellationToken, new TaskCompletionSource());
        if (!jobs.TryAdd(job))
        {
            throw new ObjectDisposedException(nameof(SmtpConnectionPool));
        }

        return job.Done.Task;
    }

    /// <summary>Lets the senders finish what is queued, then closes their connections.</summary>
    public void Dispose()
    {
        jobs.CompleteAdding();
        foreach (var sender in senders)
        {
            sender.Join(TimeSpan.FromSeconds(Math.Max(1, options.TimeoutSeconds) * 4));
        }
    }

    public async ValueTask DisposeAsync() => await Task.Run(Dispose).ConfigureAwait(false);

    /// <summary>One sender: takes messages one at a time and sends them over its kept connection.</summary>
    private void Run()
    {
        SmtpClient? client = null;
        var lastUsed = 0L;
        foreach (var job in jobs.Consume())
        {
            if (job.Cancellation.IsCancellationRequested)
            {
                job.Done.TrySetCanceled(job.Cancellation);
                continue;
            }

            // Real elapsed time, not the journeys' clock: the server's idle timeout runs on the wall.
            if (client is not null && (!client.IsConnected || Environment.TickCount64 - lastUsed > MaxIdle.TotalMilliseconds))
            {
                Close(client);
                client = null;
            }

            try
            {
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(job.Cancellation);
                limit.CancelAfter(job.Timeout);
                client = Send(client, job.Message, new EnterAtData(job.Ticket, limit.Token), limit);
                // Already entered as the data began; should the client ever stop reporting, the
                // outcome is still recorded inside the window (the message went out: no timeout may undo that).
                job.Ticket.Enter(CancellationToken.None);
                lastUsed = Environment.TickCount64;
                job.Done.TrySetResult();
            }
            catch (Exception e)
            {
                client = null;
                job.Done.TrySetException(e);
            }
        }

        if (client is not null)
        {
            Close(client);
        }
    }

    /// <summary>Sends over <paramref name="kept"/> (or a fresh connection) and returns the connection to keep; disposes any that failed.</summary>
    private SmtpClient Send(SmtpClient? kept, MimeMessage message, EnterAtData progress, CancellationTokenSource limit)
    {
        if (kept is not null)
        {
            try
            {
                kept.Send(message, limit.Token, progress);
                return kept;
            }
            catch (Exception e) when (ConnectionLost(e) && !limit.IsCancellationRequested)
            {
                // The kept connection was gone; the fresh one below decides the outcome.
                kept.Dispose();
            }
            catch
            {
                kept.Dispose();
                throw;
            }
        }

        var fresh = Connect(limit.Token);
        try
        {
            fresh.Send(message, limit.Token, progress);
            return fresh;
        }
        catch
        {
            fresh.Dispose();
            throw;
        }
    }

    private SmtpClient Connect(CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromSeconds(Math.Max(1, options.TimeoutSeconds));
        var client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
        System.Net.Sockets.Socket? socket = null;
        try
        {
            // Our own socket, for its options (SmtpSocket); the client closes it with itself.
            socket = SmtpSocket.Connect(options.Host, options.Port, timeout, cancellationToken);
            client.Connect(socket, options.Host, options.Port, Security(options.Security), cancellationToken);
            if (!string.IsNullOrEmpty(options.User))
            {
                client.Authenticate(options.User, options.Password ?? string.Empty, cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            socket?.Dispose();
            throw;
        }
    }

    /// <summary>A polite QUIT where the server still listens; a connection that cannot say goodbye is simply dropped.</summary>
    private static void Close(SmtpClient client)
    {
        try
        {
            if (client.IsConnected)
            {
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                client.Disconnect(quit: true, limit.Token);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or TimeoutException or MailKit.ProtocolException or System.Net.Sockets.SocketException)
        {
            // Nothing was in flight on it: nothing to lose.
        }
        finally
        {
            client.Dispose();
        }
    }

    /// <summary>
    /// Failures that say the connection, not the message, is the problem: a dropped socket, a
    /// server that hung up, or one that announced it is closing the channel (421).
    /// </summary>
    private static bool ConnectionLost(Exception e) => e switch
    {
        SmtpCommandException command => (int)command.StatusCode == 421,
        MailKit.ServiceNotConnectedException or SmtpProtocolException or IOException or System.Net.Sockets.SocketException => true,
        _ => false,
    };

    private static SecureSocketOptions Security(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.Ssl => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };

    private sealed record Job(MimeMessage Message, TimeSpan Timeout, HandOverTicket Ticket, CancellationToken Cancellation, TaskCompletionSource Done);

    /// <summary>
    /// Enters the hand-over window when the client reports the first bytes of message data, that
    /// is after the envelope and before the data can be complete: the server cannot hold the
    /// message before then (`Delivery.Tests` pins that the client reports before the end of data).
    /// </summary>
    private sealed class EnterAtData(HandOverTicket ticket, CancellationToken cancellationToken) : MailKit.ITransferProgress
    {
        public void Report(long bytesTransferred, long totalSize) => ticket.Enter(cancellationToken);

        public void Report(long bytesTransferred) => ticket.Enter(cancellationToken);
    }
}
