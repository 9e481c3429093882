using System.Net;
using System.Net.Sockets;
using MarketingAutomation.Delivery.Email;

namespace MarketingAutomation.Delivery.Tests;

/// <summary>The TCP connection under the SMTP client: Nagle off, names resolved, failures as the classifier expects them.</summary>
public sealed class SmtpSocketTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public void The_connection_sends_each_write_at_once(string host)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            using var socket = SmtpSocket.Connect(host, ((IPEndPoint)listener.LocalEndpoint).Port, TimeSpan.FromSeconds(10), CancellationToken.None);

            Assert.True(socket.Connected);
            Assert.True(socket.NoDelay);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public void A_port_nobody_listens_on_fails_as_a_socket_error()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var error = Assert.Throws<SocketException>(() => SmtpSocket.Connect("127.0.0.1", port, TimeSpan.FromSeconds(10), CancellationToken.None));

        Assert.Equal(SocketError.ConnectionRefused, error.SocketErrorCode);
    }

    [Fact]
    public void A_server_that_does_not_take_the_connection_in_time_is_a_timeout()
    {
        // A listener that never accepts, its queue full: the kernel drops further connection requests unanswered.
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        var queued = new List<Socket>();
        try
        {
            for (var i = 0; i < 4; i++)
            {
                var filler = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                queued.Add(filler);
                _ = filler.ConnectAsync(IPAddress.Loopback, port);
            }

            var error = Assert.Throws<TimeoutException>(() => SmtpSocket.Connect("127.0.0.1", port, TimeSpan.FromMilliseconds(500), CancellationToken.None));

            Assert.Contains("took longer than", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            queued.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public void A_cancelled_caller_is_told_so()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => SmtpSocket.Connect("127.0.0.1", 25, TimeSpan.FromSeconds(10), cancelled.Token));
    }
}
