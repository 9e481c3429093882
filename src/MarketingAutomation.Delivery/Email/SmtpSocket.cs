using System.Net.Sockets;

namespace MarketingAutomation.Delivery.Email;

/// <summary>
/// Opens the TCP connection an SMTP client then runs over, with Nagle's algorithm off.
/// </summary>
/// <remarks>
/// With Nagle on (the socket default, and what the SMTP client's own connect leaves), the last
/// short segment of a message's data waits until the server acknowledges the segments before
/// it, and a receiver that has nothing to say yet delays that acknowledgement (40 ms on Linux).
/// Any message longer than the client's write buffer then waits out that delay before the server
/// can take it: a few kilobytes of HTML were enough to hold a connection to about 25 messages a
/// second. SMTP is request and reply, every write is one the server is waiting for, so nothing is
/// gained by holding writes back.
/// </remarks>
internal static class SmtpSocket
{
    /// <summary>Connects to <paramref name="host"/> (a name or an address) within <paramref name="timeout"/>.</summary>
    public static Socket Connect(string host, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // A dual-mode socket reaches both IPv4 and IPv6 addresses, as a name may resolve to either.
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            socket.ConnectAsync(host, port, limit.Token).AsTask().GetAwaiter().GetResult();
            return socket;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new TimeoutException($"connecting to {host}:{port} took longer than {timeout.TotalSeconds:0} s");
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
