using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace MarketingAutomation.Delivery.Email;

/// <summary>
/// A few SMTP connections kept open between hand-overs (<see cref="KeptConnections"/>), and the
/// threads that send over them.
/// </summary>
/// <remarks>
/// Kept connections: a fresh connection per message costs a TCP connect, the greeting and EHLO
/// (and TLS and sign-in when configured) before the first byte of mail. A connection is kept only
/// after its last message went through; any failure closes it.
///
/// Blocking I/O on threads that may block: an SMTP exchange is a handful of round trips, and with
/// asynchronous I/O every reply resumes on the shared thread pool, behind whatever else is queued
/// there. Under event traffic that queue is deep (every grain call and commit passes through it),
/// and mail all but stopped while events poured in. A caller on a <see cref="HandOverThread"/>
/// (the server's hand-over lanes) sends on its own thread and waits on the socket itself. Any
/// other caller's message goes to a sender thread of the pool's own, which completes the caller's
/// task there: a continuation queued on the pool waited a tenth of a second and more behind the
/// traffic. Callers' continuations are short (an outcome is classified and recorded), so they hold
/// a sender only briefly.
///
/// A kept connection can be lost silently (the server's idle timeout, a restart). A message whose
/// kept connection fails for such a reason is sent once more on a fresh connection before the
/// failure counts. If the server had in fact taken the message just before the connection broke,
/// it gets it twice with the same Message-ID: the same at-least-once hand-over an outbox retry
/// makes, which the Message-ID lets a receiver drop.
/// </remarks>
internal sealed class SmtpConnectionPool : IDisposable, IAsyncDisposable
{
    private readonly SleepingQueue<Job> jobs = new();
    private readonly SmtpOptions options;
    private readonly KeptConnections connections;
    private readonly Thread[] senders;

    public SmtpConnectionPool(SmtpOptions options)
    {
        this.options = options;
        connections = new KeptConnections(Math.Max(1, options.MaxConnections));
        senders = new Thread[Math.Max(1, options.MaxConnections)];
        for (var i = 0; i < senders.Length; i++)
        {
            senders[i] = new Thread(Run) { IsBackground = true, Name = $"smtp-sender-{i}" };
            senders[i].Start();
        }
    }

    /// <summary>
    /// Sends one message: on the calling thread if it is a <see cref="HandOverThread"/> (the task
    /// is then complete on return), else on a sender thread. The task fails with what the SMTP
    /// client threw, for the caller to classify.
    /// </summary>
    /// <param name="exchangeTimeout">Bounds the exchange itself (waiting for the hand-over window included); waiting for a free connection does not count against it.</param>
    /// <param name="ticket">Entered once the message data is written, before the line that ends it (<see cref="HandOverWindow"/>).</param>
    public Task SendAsync(WireEmail message, TimeSpan exchangeTimeout, HandOverTicket ticket, CancellationToken cancellationToken)
    {
        var job = new Job(message, exchangeTimeout, ticket, cancellationToken, new TaskCompletionSource());
        if (HandOverThread.IsCurrent)
        {
            Serve(job);
        }
        else if (!jobs.TryAdd(job))
        {
            throw new ObjectDisposedException(nameof(SmtpConnectionPool));
        }

        return job.Done.Task;
    }

    /// <summary>Lets the senders finish what is queued, then closes the kept connections.</summary>
    public void Dispose()
    {
        jobs.CompleteAdding();
        foreach (var sender in senders)
        {
            sender.Join(TimeSpan.FromSeconds(Math.Max(1, options.TimeoutSeconds) * 4));
        }

        connections.CloseAll();
    }

    public async ValueTask DisposeAsync() => await Task.Run(Dispose).ConfigureAwait(false);

    /// <summary>One sender thread: takes queued messages one at a time.</summary>
    private void Run()
    {
        foreach (var job in jobs.Consume())
        {
            Serve(job);
        }
    }

    /// <summary>Sends one message over a kept connection (or a fresh one) and completes its task.</summary>
    private void Serve(Job job)
    {
        SmtpClient? kept;
        try
        {
            kept = connections.CheckOut(job.Cancellation);
        }
        catch (OperationCanceledException)
        {
            job.Done.TrySetCanceled(job.Cancellation);
            return;
        }
        catch (ObjectDisposedException e)
        {
            job.Done.TrySetException(e);
            return;
        }

        SmtpClient? wentThrough = null;
        Exception? failure = null;
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(job.Cancellation);
            limit.CancelAfter(job.Timeout);
            wentThrough = Send(kept, job.Message, new EnterAtEndOfData(job.Ticket, limit.Token), limit);
            // Already entered as the data ended; should the client ever stop reporting, the
            // outcome is still recorded inside the window (the message went out: no timeout may undo that).
            job.Ticket.Enter(CancellationToken.None);
        }
        catch (Exception e)
        {
            failure = e;
        }
        finally
        {
            // Freed before the caller goes on, so the next message need not wait for its continuation.
            connections.CheckIn(wentThrough);
        }

        if (failure is null)
        {
            job.Done.TrySetResult();
        }
        else
        {
            job.Done.TrySetException(failure);
        }
    }

    /// <summary>One message over one connection, its envelope given rather than read from headers the message does not keep.</summary>
    private static void Send(SmtpClient client, WireEmail message, CancellationToken cancellationToken, EnterAtEndOfData progress) =>
        client.Send(FormatOptions.Default, message, message.EnvelopeFrom, [message.EnvelopeTo], cancellationToken, progress);

    /// <summary>Sends over <paramref name="kept"/> (or a fresh connection) and returns the connection to keep; disposes any that failed.</summary>
    private SmtpClient Send(SmtpClient? kept, WireEmail message, EnterAtEndOfData progress, CancellationTokenSource limit)
    {
        if (kept is not null)
        {
            try
            {
                Send(kept, message, limit.Token, progress);
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
            Send(fresh, message, limit.Token, progress);
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
        var client = new DataCommandSmtpClient { Timeout = (int)timeout.TotalMilliseconds };
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

    private sealed record Job(WireEmail Message, TimeSpan Timeout, HandOverTicket Ticket, CancellationToken Cancellation, TaskCompletionSource Done);

    /// <summary>
    /// Enters the hand-over window when the client has reported all of the message's data, before
    /// it writes the line that ends the data: the server cannot hold the message before then
    /// (<see cref="DataCommandSmtpClient"/>; `Delivery.Tests` pins both sides). Writing the data
    /// (serialising the MIME message, and all but its last buffer on the wire) is then done outside
    /// the window, where other lanes' hand-overs can overlap it.
    /// </summary>
    /// <remarks>
    /// The total is the message's size as the client measured it before sending. The count reported
    /// is of the data as sent, in which a line starting with a dot has a second one, so it can pass
    /// the total but never falls short of it.
    /// </remarks>
    private sealed class EnterAtEndOfData(HandOverTicket ticket, CancellationToken cancellationToken) : MailKit.ITransferProgress
    {
        public void Report(long bytesTransferred, long totalSize)
        {
            if (bytesTransferred >= totalSize)
            {
                ticket.Enter(cancellationToken);
            }
        }

        /// <summary>The size unknown (the client measures it whenever progress is asked for, so not expected): entered as the data starts.</summary>
        public void Report(long bytesTransferred) => ticket.Enter(cancellationToken);
    }
}
