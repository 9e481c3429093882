using System.Net;
using System.Net.Sockets;

namespace MarketingAutomation.Testing;

/// <summary>A loopback port nobody listens on right now, chosen by the system.</summary>
internal static class FreePort
{
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
