using MailKit.Net.Smtp;

namespace MarketingAutomation.Delivery.Email;

/// <summary>
/// The SMTP connections kept open between messages, at most a fixed number in use at once. A
/// message checks a connection out (a kept one still fresh, or none, and the sender connects), and
/// checks back in the one it went through on, if it went through.
/// </summary>
/// <remarks>
/// Waits on a monitor, not a semaphore, for the reason <see cref="HandOverWindow"/> gives: a
/// semaphore spins before it sleeps, on the cores the messages in flight need.
/// </remarks>
internal sealed class KeptConnections(int max)
{
    /// <summary>Well under the idle timeouts SMTP servers use (RFC 5321 suggests 5 minutes), so a kept connection is rarely already gone.</summary>
    private static readonly TimeSpan MaxIdle = TimeSpan.FromSeconds(15);

    private readonly object gate = new();
    private readonly Stack<(SmtpClient Client, long LastUsed)> idle = new();
    private int inUse;
    private bool closed;

    /// <summary>Waits for a connection to be free; returns a kept one, or null when a new one must be made.</summary>
    /// <exception cref="OperationCanceledException">Cancelled while waiting.</exception>
    /// <exception cref="ObjectDisposedException">After <see cref="CloseAll"/>.</exception>
    public SmtpClient? CheckOut(CancellationToken cancellationToken)
    {
        List<SmtpClient>? stale = null;
        SmtpClient? kept = null;
        using (cancellationToken.CanBeCanceled ? cancellationToken.Register(WakeAll) : default)
        {
            lock (gate)
            {
                while (inUse >= max && !closed)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Monitor.Wait(gate);
                }

                ObjectDisposedException.ThrowIf(closed, this);
                cancellationToken.ThrowIfCancellationRequested();
                inUse++;

                // The most recently used first: the likeliest to be still open at the other end.
                // Real elapsed time, not the journeys' clock: the server's idle timeout runs on the wall.
                while (kept is null && idle.TryPop(out var candidate))
                {
                    if (candidate.Client.IsConnected && Environment.TickCount64 - candidate.LastUsed <= MaxIdle.TotalMilliseconds)
                    {
                        kept = candidate.Client;
                    }
                    else
                    {
                        (stale ??= []).Add(candidate.Client);
                    }
                }
            }
        }

        stale?.ForEach(Close);
        return kept;
    }

    /// <summary>Frees a checked-out connection; <paramref name="wentThrough"/> (if any) is kept for the next message.</summary>
    public void CheckIn(SmtpClient? wentThrough)
    {
        lock (gate)
        {
            inUse--;
            if (wentThrough is not null && !closed)
            {
                idle.Push((wentThrough, Environment.TickCount64));
                wentThrough = null;
            }

            Monitor.PulseAll(gate);
        }

        if (wentThrough is not null)
        {
            Close(wentThrough);
        }
    }

    /// <summary>Closes the kept connections; one in use is closed when it is checked in.</summary>
    public void CloseAll()
    {
        List<SmtpClient> toClose;
        lock (gate)
        {
            closed = true;
            toClose = [.. idle.Select(c => c.Client)];
            idle.Clear();
            Monitor.PulseAll(gate);
        }

        toClose.ForEach(Close);
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

    /// <summary>A cancelled waiter must see its cancellation; the others go back to sleep.</summary>
    private void WakeAll()
    {
        lock (gate)
        {
            Monitor.PulseAll(gate);
        }
    }
}
